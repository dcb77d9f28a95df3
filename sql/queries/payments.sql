-- Named queries of the Mercado Pago integration (booking/payments.py, payments_web.py).

-- ------------------------------------------------------------------ links

-- name: link_by_code
SELECT code, state, preference_id, init_point, attempts, hold_extended
FROM payment_links
WHERE code = $1;

-- name: insert_link
INSERT INTO payment_links (reservation_id, code)
VALUES ($1, $2)
ON CONFLICT (code) DO NOTHING;

-- name: link_ready
UPDATE payment_links
SET state = 'ready', preference_id = $2, init_point = $3, attempts = attempts + 1,
    last_error = NULL, updated_at = now()
WHERE code = $1 AND state <> 'ready'
RETURNING code;

-- Backoff: $2 seconds after the first failure, doubling, at most $3.
-- name: link_failed
UPDATE payment_links
SET attempts = attempts + 1,
    next_attempt_at = now() + make_interval(
        secs => LEAST($2::double precision * power(2, attempts), $3::double precision)),
    last_error = $4, updated_at = now()
WHERE code = $1;

-- Pending links whose hold is still live and whose next try is due.
-- name: due_links
SELECT l.code
FROM payment_links l JOIN reservations r ON r.id = l.reservation_id
WHERE l.state = 'pending' AND l.next_attempt_at <= now()
  AND r.reservation_status = 'pre_reserved' AND r.expires_at > now()
ORDER BY l.next_attempt_at
LIMIT $1;

-- A hold that ended before its link could be made needs no link any more.
-- name: abandon_dead_links
UPDATE payment_links l
SET state = 'abandoned', updated_at = now()
FROM reservations r
WHERE r.id = l.reservation_id AND l.state = 'pending'
  AND (r.reservation_status <> 'pre_reserved' OR r.expires_at <= now());

-- Claim the one hold extension a link may cause; no row back = already used.
-- name: claim_hold_extension
UPDATE payment_links SET hold_extended = true, updated_at = now()
WHERE code = $1 AND NOT hold_extended
RETURNING code;

-- ------------------------------------------------------------- payments

-- name: insert_payment
INSERT INTO payments (provider, provider_payment_id, reservation_id, status, status_detail,
    amount_cents, currency, outcome, raw, date_last_updated, refunded_cents)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)
ON CONFLICT (provider, provider_payment_id) DO NOTHING
RETURNING id;

-- name: lock_payment
SELECT id, reservation_id, status, outcome, date_last_updated, refunded_cents
FROM payments
WHERE provider = $1 AND provider_payment_id = $2
FOR UPDATE;

-- The refunded total never goes down (a stale fetch carries an older one).
-- name: update_payment
UPDATE payments
SET status = $2, status_detail = $3, amount_cents = $4, currency = $5, outcome = $6,
    raw = $7::jsonb, date_last_updated = $8, reservation_id = COALESCE(reservation_id, $9),
    refunded_cents = GREATEST(refunded_cents, $10), updated_at = now()
WHERE id = $1;

-- Claim one notice about a payment; no row back = someone already sent it.
-- name: claim_notice
UPDATE payments SET notices_sent = array_append(notices_sent, $2::text)
WHERE id = $1 AND NOT ($2::text = ANY (notices_sent))
RETURNING id;

-- name: has_confirming_payment
-- Whether a stay still has the payment that confirmed it (a refunded duplicate leaves it).
SELECT EXISTS (SELECT 1 FROM payments WHERE reservation_id = $1 AND outcome = 'confirmed');

-- name: payment_by_provider_id
SELECT p.id, p.provider_payment_id, p.status, p.status_detail, p.amount_cents,
       p.refunded_cents, p.currency, p.outcome, p.updated_at, r.code AS reservation_code,
       p.raw -> 'refunds' AS refunds
FROM payments p LEFT JOIN reservations r ON r.id = p.reservation_id
WHERE p.provider = $1 AND p.provider_payment_id = $2;

-- name: payments_for_reservation
-- The admin's view of a reservation lists its payments, oldest first (the columns of
-- payment_by_provider_id, so both answer with the same JSON).
SELECT p.id, p.provider_payment_id, p.status, p.status_detail, p.amount_cents,
       p.refunded_cents, p.currency, p.outcome, p.updated_at, r.code AS reservation_code
FROM payments p JOIN reservations r ON r.id = p.reservation_id
WHERE p.reservation_id = $1
ORDER BY p.id;

-- name: set_outcome
UPDATE payments SET outcome = $2, updated_at = now() WHERE id = $1;

-- --------------------------------------------------------- reconciliation

-- Reservations with a link and no settled payment: live holds every run;
-- holds that expired in the last $1 hours (a late payment whose notification
-- was lost) at most every $2 minutes.
-- name: unpaid_with_link
SELECT r.code
FROM payment_links l JOIN reservations r ON r.id = l.reservation_id
WHERE l.state = 'ready'
  AND (
      (r.reservation_status = 'pre_reserved')
      OR (r.reservation_status = 'expired'
          AND r.expires_at > now() - make_interval(hours => $1::integer)
          AND (l.reconciled_at IS NULL
               OR l.reconciled_at < now() - make_interval(mins => $2::integer)))
  )
  AND NOT EXISTS (
      SELECT 1 FROM payments p
      WHERE p.reservation_id = r.id
        AND p.status IN ('approved', 'refunded', 'charged_back'))
ORDER BY r.expires_at
LIMIT $3;

-- name: mark_reconciled
UPDATE payment_links SET reconciled_at = now() WHERE code = $1;

-- ---------------------------------------------------------- inbound events

-- Record a notification; a redelivery of the same one returns the existing row.
-- name: record_event
INSERT INTO inbound_events (provider, event_id, kind, sender, payload)
VALUES ('mercadopago', $1, $2, $3, $4::jsonb)
ON CONFLICT (provider, event_id) DO UPDATE SET provider = EXCLUDED.provider
RETURNING id, state;

-- name: finish_event
UPDATE inbound_events
SET state = $2, attempts = attempts + 1, last_error = $3, processed_at = now()
WHERE id = $1;

-- Count a failed try; retry after $4 seconds doubling up to $5; park after $3 tries.
-- name: fail_event
UPDATE inbound_events
SET attempts = attempts + 1, last_error = $2,
    next_attempt_at = now() + make_interval(
        secs => LEAST($4::double precision * power(2, attempts), $5::double precision)),
    state = CASE WHEN attempts + 1 >= $3 THEN 'parked' ELSE state END
WHERE id = $1
RETURNING state;

-- Pending notifications that are due: a retry's time has come, or a first
-- try older than $1 seconds (the webhook handler itself makes the first try).
-- name: due_events
SELECT id, sender
FROM inbound_events
WHERE provider = 'mercadopago' AND state = 'pending'
  AND COALESCE(next_attempt_at, received_at + make_interval(secs => $1::double precision)) <= now()
ORDER BY id
LIMIT $2;

-- ------------------------------------------------------------------ demo

-- name: insert_demo_payment
INSERT INTO demo_payments (external_reference, status, status_detail, amount_cents, currency)
VALUES ($1, $2, $3, $4, $5)
RETURNING id, external_reference, status, status_detail, amount_cents, currency,
          created_at, updated_at;

-- name: demo_payment
SELECT id, external_reference, status, status_detail, amount_cents, currency,
       created_at, updated_at
FROM demo_payments
WHERE id = $1;

-- name: demo_payments_for
SELECT id, external_reference, status, status_detail, amount_cents, currency,
       created_at, updated_at
FROM demo_payments
WHERE external_reference = $1
ORDER BY id DESC;

-- name: refund_demo_payment
UPDATE demo_payments
SET status = 'refunded', status_detail = 'refunded', updated_at = now()
WHERE id = $1 AND status = 'approved'
RETURNING id, external_reference, status, status_detail, amount_cents, currency,
          created_at, updated_at;
