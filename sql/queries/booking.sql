-- Named queries of the booking engine (booking/repo.py, catalog.py, jobs.py).
-- "Active" means occupying nights: reservation_status IN ('pre_reserved',
-- 'confirmed'), written exactly like the EXCLUDE constraint's predicate so
-- the planner can use its gist index.

-- name: cabins
SELECT a.* FROM cabin_details a  -- sql/005_cabin_details.sql
WHERE a.active OR NOT $1::boolean
ORDER BY a.id;

-- name: cabin_by_id
SELECT a.* FROM cabin_details a  -- sql/005_cabin_details.sql
WHERE a.id = $1;

-- Active cabins sleeping at least $3 guests with no active stay overlapping [$1, $2).
-- name: free_cabins
SELECT a.* FROM cabin_details a  -- sql/005_cabin_details.sql
WHERE a.active AND a.capacity >= $3
  AND NOT EXISTS (
      SELECT 1 FROM reservations r
      WHERE r.accommodation_id = a.id
        AND r.reservation_status IN ('pre_reserved', 'confirmed')
        AND r.period && daterange($1::date, $2::date, '[)'))
ORDER BY a.id;

-- name: busy_periods
SELECT r.accommodation_id, r.check_in, r.check_out
FROM reservations r
WHERE r.accommodation_id = ANY($1::bigint[])
  AND r.reservation_status IN ('pre_reserved', 'confirmed')
  AND r.period && daterange($2::date, $3::date, '[)');

-- name: insert_cabin
INSERT INTO accommodations (slug, name, capacity, base_price_cents, weekend_price_cents,
    min_nights, check_in_time, check_out_time, description, address, maps_url, amenities,
    house_rules, active)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14)
RETURNING id;

-- Every column is NOT NULL, so NULL means "leave as is" (a PATCH).
-- name: update_cabin
UPDATE accommodations SET
    slug = COALESCE($2, slug),
    name = COALESCE($3, name),
    capacity = COALESCE($4, capacity),
    base_price_cents = COALESCE($5, base_price_cents),
    weekend_price_cents = COALESCE($6, weekend_price_cents),
    min_nights = COALESCE($7, min_nights),
    check_in_time = COALESCE($8, check_in_time),
    check_out_time = COALESCE($9, check_out_time),
    description = COALESCE($10, description),
    address = COALESCE($11, address),
    maps_url = COALESCE($12, maps_url),
    amenities = COALESCE($13::jsonb, amenities),
    house_rules = COALESCE($14::jsonb, house_rules),
    active = COALESCE($15, active),
    updated_at = now()
WHERE id = $1
RETURNING id;

-- name: delete_seasons
DELETE FROM seasons WHERE accommodation_id = $1;

-- name: insert_season
INSERT INTO seasons (accommodation_id, name, starts_on, ends_on, nightly_price_cents, min_nights)
VALUES ($1, $2, $3, $4, $5, $6);

-- A new reservation and its first audit event, in one statement.
-- $12: minutes until the hold expires (NULL: never, e.g. owner blocks).
-- name: insert_reservation
WITH r AS (
    INSERT INTO reservations (code, accommodation_id, check_in, check_out, reservation_status,
        channel, guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at, notes)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
            now() + make_interval(mins => $12::integer), $13)
    ON CONFLICT DO NOTHING
    RETURNING id, code, accommodation_id, check_in, check_out, reservation_status, channel,
              guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at,
              created_at, notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, $14, NULL, r.reservation_status, $15, $16 FROM r
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM r JOIN accommodations a ON a.id = r.accommodation_id;

-- name: reservation_by_code
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE r.code = $1;

-- name: lock_reservation
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE r.code = $1
FOR UPDATE OF r;

-- A status change and its audit event, in one statement. A confirmed stay
-- no longer expires.
-- name: transition
WITH r AS (
    UPDATE reservations
    SET reservation_status = $2,
        expires_at = CASE WHEN $2 = 'confirmed' THEN NULL ELSE expires_at END,
        updated_at = now()
    WHERE id = $1
    RETURNING id, code, accommodation_id, check_in, check_out, reservation_status, channel,
              guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at,
              created_at, notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, $3, $4, r.reservation_status, $5, $6 FROM r
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM r JOIN accommodations a ON a.id = r.accommodation_id;

-- From max(expiry, now) on; the guest gets a fresh reminder before the new expiry.
-- name: extend_hold
WITH r AS (
    UPDATE reservations
    SET expires_at = GREATEST(expires_at, now()) + make_interval(mins => $2::integer),
        reminded_at = NULL, updated_at = now()
    WHERE id = $1
    RETURNING id, code, accommodation_id, check_in, check_out, reservation_status, channel,
              guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at,
              created_at, notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, 'extended', r.reservation_status, r.reservation_status, $3,
           'hold extended by ' || $2::integer || ' minutes'
    FROM r
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM r JOIN accommodations a ON a.id = r.accommodation_id;

-- A live hold's party changed by the guest before paying (the price is per cabin).
-- name: set_hold_guests
WITH r AS (
    UPDATE reservations
    SET guests = $2::integer, updated_at = now()
    WHERE id = $1
    RETURNING id, code, accommodation_id, check_in, check_out, reservation_status, channel,
              guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at,
              created_at, notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, 'guests_changed', r.reservation_status, r.reservation_status, $3,
           'party changed from ' || $4::integer || ' to ' || $2::integer
    FROM r
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM r JOIN accommodations a ON a.id = r.accommodation_id;

-- A live hold moved or made longer/shorter by the guest before paying: new nights and
-- price in place. The EXCLUDE constraint checks the new nights against every other
-- reservation (the hold's own row never conflicts with itself): 23P01 when taken.
-- name: set_hold_dates
WITH r AS (
    UPDATE reservations
    SET check_in = $2::date, check_out = $3::date, total_cents = $4::bigint,
        deposit_cents = $5::bigint, updated_at = now()
    WHERE id = $1
    RETURNING id, code, accommodation_id, check_in, check_out, reservation_status, channel,
              guest_name, guest_phone, guests, total_cents, deposit_cents, expires_at,
              created_at, notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, 'dates_changed', r.reservation_status, r.reservation_status, $6, $7
    FROM r
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM r JOIN accommodations a ON a.id = r.accommodation_id;

-- A hold's deposit link made for other dates/amount is dropped with the change, so the
-- next link_for makes a fresh one for the new deposit (booking.holds.change_hold_dates).
-- name: drop_hold_link
DELETE FROM payment_links WHERE reservation_id = $1;

-- name: active_for_phone
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE r.guest_phone = $1
  AND r.reservation_status IN ('pre_reserved', 'confirmed')
  AND r.check_out > $2
ORDER BY r.check_in, r.id;

-- The guest's latest stay or live hold, ended stays included: "la misma cabaña de la otra
-- vez" from a guest who came last summer. Cancelled and lapsed ones were never stayed in.
-- name: latest_stay_for_phone
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE r.guest_phone = $1
  AND r.reservation_status IN ('pre_reserved', 'confirmed')
ORDER BY r.check_in DESC, r.id DESC
LIMIT 1;

-- The guest's latest hold that expired, for a stay not begun yet: "¿y mi reserva?" asked
-- once the conversation that placed it is forgotten.
-- name: lapsed_hold_for_phone
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE r.guest_phone = $1
  AND r.reservation_status = 'expired'
  AND r.check_in >= $2
ORDER BY r.expires_at DESC NULLS LAST, r.id DESC
LIMIT 1;

-- Keyset page ordered by (check_in, id); $6/$7 is the last row of the previous page.
-- name: list_reservations
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes
FROM reservations r JOIN accommodations a ON a.id = r.accommodation_id
WHERE ($1::bigint IS NULL OR r.accommodation_id = $1)
  AND ($2::text[] IS NULL OR r.reservation_status = ANY($2::text[]))
  AND ($3::text[] IS NULL OR r.channel = ANY($3::text[]))
  AND ($4::date IS NULL OR r.check_out > $4)
  AND ($5::date IS NULL OR r.check_in < $5)
  AND ($6::date IS NULL OR (r.check_in, r.id) > ($6::date, $7::bigint))
ORDER BY r.check_in, r.id
LIMIT $8;

-- name: reservation_events
SELECT event, from_status, to_status, actor, reason, created_at
FROM reservation_events
WHERE reservation_id = $1
ORDER BY id;

-- Lock (or create) the payment row: a second caller with the same payment id
-- waits here and then sees the first one's outcome.
-- name: claim_payment
INSERT INTO payments (provider, provider_payment_id, reservation_id, status, amount_cents)
VALUES ($1, $2, $3, 'approved', $4)
ON CONFLICT (provider, provider_payment_id) DO UPDATE SET updated_at = now()
RETURNING id, outcome, amount_cents;

-- name: paid_deposit
-- The payment that confirmed a stay: what the owner returns when it is cancelled.
SELECT provider_payment_id, amount_cents FROM payments
WHERE reservation_id = $1 AND outcome = 'confirmed'
ORDER BY id LIMIT 1;

-- name: settle_payment
UPDATE payments SET reservation_id = $2, outcome = $3, updated_at = now() WHERE id = $1;

-- Due holds, locked so that a second job running at once skips them.
-- name: expire_due_holds
WITH due AS (
    SELECT id FROM reservations
    WHERE reservation_status = 'pre_reserved' AND expires_at <= now()
    ORDER BY expires_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED
), r AS (
    UPDATE reservations SET reservation_status = 'expired', updated_at = now()
    FROM due WHERE reservations.id = due.id
    RETURNING reservations.id, reservations.code, reservations.accommodation_id,
              reservations.check_in, reservations.check_out, reservations.reservation_status,
              reservations.channel, reservations.guest_name, reservations.guest_phone,
              reservations.guests, reservations.total_cents, reservations.deposit_cents,
              reservations.expires_at, reservations.created_at, reservations.notes
), e AS (
    INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
    SELECT r.id, 'expired', 'pre_reserved', 'expired', 'system:expiry',
           'deposit not paid before the hold expired'
    FROM r
), n AS (
    -- The WhatsApp guest's notice, in the same statement as the expiry (booking.guest_notices):
    -- a crash or WhatsApp down after the commit only delays it.
    INSERT INTO guest_notices (reservation_id, key, event)
    SELECT r.id, 'expired:' || r.code, 'hold_expired' FROM r
    WHERE r.channel = 'whatsapp' AND COALESCE(r.guest_phone, '') <> ''
    ON CONFLICT (key) DO NOTHING
    RETURNING reservation_id, key
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes, n.key AS notice_key
FROM r JOIN accommodations a ON a.id = r.accommodation_id
LEFT JOIN n ON n.reservation_id = r.id;

-- Claim the holds expiring within $1 minutes that were not reminded yet.
-- name: claim_reminders
WITH due AS (
    SELECT id FROM reservations
    WHERE reservation_status = 'pre_reserved' AND reminded_at IS NULL
      AND expires_at > now() AND expires_at <= now() + make_interval(mins => $1::integer)
    ORDER BY expires_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED
), r AS (
    UPDATE reservations SET reminded_at = now()
    FROM due WHERE reservations.id = due.id
    RETURNING reservations.id, reservations.code, reservations.accommodation_id,
              reservations.check_in, reservations.check_out, reservations.reservation_status,
              reservations.channel, reservations.guest_name, reservations.guest_phone,
              reservations.guests, reservations.total_cents, reservations.deposit_cents,
              reservations.expires_at, reservations.created_at, reservations.notes
), n AS (
    -- Queued with the claim (booking.guest_notices), keyed by the expiry it warns of: an
    -- extended hold is reminded again, a claim is reminded once.
    INSERT INTO guest_notices (reservation_id, key, event)
    SELECT r.id, 'reminder:' || r.code || ':' || floor(extract(epoch FROM r.expires_at))::bigint,
           'hold_reminder'
    FROM r
    WHERE r.channel = 'whatsapp' AND COALESCE(r.guest_phone, '') <> ''
    ON CONFLICT (key) DO NOTHING
    RETURNING reservation_id, key
)
SELECT r.id, r.code, r.accommodation_id, a.name AS cabin_name, r.check_in, r.check_out,
       r.reservation_status, r.channel, r.guest_name, r.guest_phone, r.guests, r.total_cents,
       r.deposit_cents, r.expires_at, r.created_at, r.notes, n.key AS notice_key
FROM r JOIN accommodations a ON a.id = r.accommodation_id
LEFT JOIN n ON n.reservation_id = r.id;

-- Seconds from now until the next hold falls due: its expiry, or its reminder
-- ($1 minutes before, while not reminded yet); <= 0 when one is due already,
-- NULL when there are no holds. The same conditions as the two queries above.
-- name: next_hold_due
SELECT EXTRACT(EPOCH FROM min(
           CASE WHEN $1::integer > 0 AND reminded_at IS NULL AND expires_at > now()
                THEN expires_at - make_interval(mins => $1::integer)
                ELSE expires_at END) - now())::float8
FROM reservations
WHERE reservation_status = 'pre_reserved';

-- An audit row for something that happened without a status change.
-- name: audit_note
INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
VALUES ($1, $2, $3, $3, $4, $5);

-- name: code_exists
SELECT EXISTS (SELECT 1 FROM reservations WHERE code = $1);
