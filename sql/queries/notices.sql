-- Durable guest and owner notices (booking/guest_notices.py, sql/010, sql/012).

-- name: queue_notice
-- No row back: that notice was queued before (a retried call): nothing new to send.
-- $1 is NULL for an owner notice about no reservation.
INSERT INTO guest_notices (reservation_id, key, event, details)
VALUES ($1, $2, $3, $4::jsonb)
ON CONFLICT (key) DO NOTHING
RETURNING id;

-- name: claim_due_notices
-- Take due notices (all, or those keyed one of $3) for one try: the next try is pushed back
-- first by a lease of $1 seconds, longer than a send, so another instance (or the jobs'
-- loop) delivering at the same time skips them; notice_failed then sets the backoff.
WITH due AS (
    SELECT id FROM guest_notices
    WHERE state = 'pending' AND next_attempt_at <= now()
      AND ($3::text[] IS NULL OR key = ANY($3::text[]))
    ORDER BY next_attempt_at, id
    LIMIT $2
    FOR UPDATE SKIP LOCKED
)
UPDATE guest_notices g
SET attempts = g.attempts + 1,
    next_attempt_at = now() + make_interval(secs => $1)
FROM due
WHERE g.id = due.id
RETURNING g.id, (SELECT code FROM reservations r WHERE r.id = g.reservation_id) AS code,
          g.key, g.event, g.details, g.attempts;

-- name: notice_sent
UPDATE guest_notices SET state = 'sent', sent_at = now(), last_error = NULL WHERE id = $1;

-- name: notice_unreachable
-- Refused for good (the guest's 24-hour window is closed): never tried again; the owner
-- is asked to call instead (sql/013).
UPDATE guest_notices SET state = 'unreachable', last_error = $2
WHERE id = $1 AND state = 'pending';

-- name: notice_refused_later
-- A guest notice WhatsApp took and then reported undeliverable (131047, as a "failed"
-- status): unreachable, once (a status delivered again finds it so already). Only the
-- events in $2 ask the owner to call: a reminder or an expiry nobody reads is no loss.
UPDATE guest_notices g SET state = 'unreachable', last_error = 'delivery failed: 131047'
WHERE key = $1 AND state = 'sent' AND reservation_id IS NOT NULL AND key NOT LIKE 'owner:%'
  AND event = ANY($2::text[])
RETURNING (SELECT code FROM reservations r WHERE r.id = g.reservation_id) AS code, event;

-- name: notice_failed
-- Still pending, tried again after a backoff ($4 doubled each try, at most $5 seconds),
-- until $3 tries, then dropped.
UPDATE guest_notices
SET last_error = $2, state = CASE WHEN attempts >= $3 THEN 'dropped' ELSE state END,
    next_attempt_at = now() + make_interval(secs => LEAST($4 * 2 ^ LEAST(attempts - 1, 20), $5))
WHERE id = $1 AND state = 'pending'
RETURNING state;

-- name: paid_by_guest
-- What a guest paid for a reservation the owner cancels, and what is still theirs to get
-- back: every approved payment (the deposit, a duplicate, a short one), less what was
-- refunded already. Pesos only; a payment in another currency is only flagged.
SELECT COALESCE(sum(amount_cents) FILTER (WHERE currency = 'ARS'), 0)::bigint AS paid_cents,
       COALESCE(sum(amount_cents - refunded_cents)
                FILTER (WHERE status = 'approved' AND currency = 'ARS'), 0)::bigint AS refund_cents,
       COALESCE(bool_or(status = 'approved' AND currency <> 'ARS'), false) AS other_currency
FROM payments
WHERE reservation_id = $1 AND status IN ('approved', 'refunded');
