-- iCal import/export, feeds and conflicts (sync/). Imported stays are plain
-- rows of `reservations`, so the EXCLUDE constraint guards them like any other.

-- name: list_active_feeds
SELECT id, accommodation_id, source, url, active, etag, last_modified,
       last_attempt_at, last_success_at, last_error, created_at
FROM ical_feeds
WHERE active
ORDER BY id;

-- name: list_cabin_feeds
SELECT id, accommodation_id, source, url, active, etag, last_modified,
       last_attempt_at, last_success_at, last_error, created_at
FROM ical_feeds
WHERE accommodation_id = $1
ORDER BY id;

-- name: get_feed
SELECT id, accommodation_id, source, url, active, etag, last_modified,
       last_attempt_at, last_success_at, last_error, created_at
FROM ical_feeds
WHERE id = $1;

-- name: lock_feed
-- Serialises two syncs of one feed (the periodic job and POST /ical/sync).
SELECT f.id, f.accommodation_id, f.source, f.url, f.active, f.etag, f.last_modified,
       f.last_attempt_at, f.last_success_at, f.last_error, f.created_at, a.name AS cabin_name
FROM ical_feeds f
JOIN accommodations a ON a.id = f.accommodation_id
WHERE f.id = $1
FOR UPDATE OF f;

-- name: create_feed
INSERT INTO ical_feeds (accommodation_id, source, url)
VALUES ($1, $2, $3)
RETURNING id, accommodation_id, source, url, active, etag, last_modified,
          last_attempt_at, last_success_at, last_error, created_at;

-- name: update_feed
-- A new URL is a new calendar: forget the old validators.
UPDATE ical_feeds
SET url = COALESCE($2::text, url),
    active = COALESCE($3::boolean, active),
    etag = CASE WHEN $2::text IS DISTINCT FROM NULL AND $2::text <> url THEN NULL ELSE etag END,
    last_modified = CASE WHEN $2::text IS DISTINCT FROM NULL AND $2::text <> url
                         THEN NULL ELSE last_modified END
WHERE id = $1
RETURNING id, accommodation_id, source, url, active, etag, last_modified,
          last_attempt_at, last_success_at, last_error, created_at;

-- name: delete_feed
DELETE FROM ical_feeds WHERE id = $1 RETURNING id;

-- name: cabin_exists
SELECT EXISTS (SELECT 1 FROM accommodations WHERE id = $1);

-- name: mark_success
UPDATE ical_feeds
SET last_attempt_at = now(), last_success_at = now(), last_error = NULL,
    etag = $2, last_modified = $3
WHERE id = $1;

-- name: mark_not_modified
UPDATE ical_feeds
SET last_attempt_at = now(), last_success_at = now(), last_error = NULL
WHERE id = $1;

-- name: mark_failure
UPDATE ical_feeds SET last_attempt_at = now(), last_error = $2 WHERE id = $1;

-- name: feed_stays
SELECT id, code, external_uid AS uid, check_in, check_out, reservation_status AS status
FROM reservations
WHERE feed_id = $1;

-- name: insert_stays
-- Many stays in one statement (the common case); the per-event fallback
-- calls it with one-element arrays inside its own savepoint.
WITH inserted AS (
    INSERT INTO reservations (code, accommodation_id, check_in, check_out, reservation_status,
                              channel, guest_name, guest_phone, guests, total_cents,
                              deposit_cents, feed_id, external_uid, notes)
    SELECT code, $1, check_in, check_out, 'confirmed', $2, NULL, NULL, 1, 0, 0, $3, uid, notes
    FROM unnest($4::text[], $5::text[], $6::date[], $7::date[], $8::text[])
         AS t (code, uid, check_in, check_out, notes)
    RETURNING id
)
INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
SELECT id, 'imported', NULL, 'confirmed', $9, 'iCal import'
FROM inserted;

-- name: vacate_stays
-- Moved stays leave their old nights first (inside the sync's transaction, so
-- nobody sees it), so that stays swapping dates never collide with each other.
UPDATE reservations
SET reservation_status = 'cancelled'
WHERE id = ANY($1::bigint[]) AND reservation_status IN ('pre_reserved', 'confirmed');

-- name: move_stay
WITH moved AS (
    UPDATE reservations
    SET check_in = $2, check_out = $3, reservation_status = 'confirmed', updated_at = now()
    WHERE id = $1
    RETURNING id
)
INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
SELECT id, $4, $5, 'confirmed', $6, $7 FROM moved;

-- name: release_stays
-- $2 holds each row's status before this sync (vacated rows already read 'cancelled').
WITH released AS (
    UPDATE reservations r
    SET reservation_status = 'cancelled', updated_at = now()
    FROM unnest($1::bigint[], $2::text[]) AS t (id, from_status)
    WHERE r.id = t.id
    RETURNING r.id, t.from_status
)
INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
SELECT id, 'released', from_status, 'cancelled', $3, $4 FROM released;

-- name: release_feed_stays
-- A deleted feed no longer speaks for its stays: free the nights it still blocks.
WITH target AS (
    SELECT id, reservation_status
    FROM reservations
    WHERE feed_id = $1 AND reservation_status IN ('pre_reserved', 'confirmed') AND check_out > $2
    FOR UPDATE
), released AS (
    UPDATE reservations r
    SET reservation_status = 'cancelled', updated_at = now()
    FROM target t
    WHERE r.id = t.id
    RETURNING r.id, t.reservation_status AS from_status
)
INSERT INTO reservation_events (reservation_id, event, from_status, to_status, actor, reason)
SELECT id, 'released', from_status, 'cancelled', $3, 'iCal feed deleted' FROM released;

-- name: busy_periods
-- The nights of [$2, $3) that live stays hold, in order (for an event's free remainder).
SELECT check_in, check_out
FROM reservations
WHERE accommodation_id = $1
  AND reservation_status IN ('pre_reserved', 'confirmed')
  AND period && daterange($2, $3, '[)')
ORDER BY check_in;

-- name: restore_stays
-- Undo vacate_stays for rows that keep their nights (no audit row: nothing changed).
UPDATE reservations SET reservation_status = 'confirmed' WHERE id = ANY($1::bigint[]);

-- name: find_overlap
-- The guest's name and number go into the owner's notice: whom to call about it.
SELECT id, code, channel, check_in, check_out, reservation_status AS status, guest_name,
       guest_phone
FROM reservations
WHERE accommodation_id = $1
  AND reservation_status IN ('pre_reserved', 'confirmed')
  AND period && daterange($2, $3, '[)')
ORDER BY check_in, id
LIMIT 1;

-- name: record_conflict
-- Deduplicated: the same event on the same dates is one conflict, however often it syncs.
INSERT INTO ical_conflicts (feed_id, accommodation_id, external_uid, check_in, check_out,
                            summary, reservation_id)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (feed_id, external_uid, check_in, check_out) DO NOTHING
RETURNING id;

-- name: clear_conflicts
-- After a complete fetch, open conflicts of this feed that no longer happen are settled.
UPDATE ical_conflicts
SET resolved_at = now(), resolution = $5
WHERE feed_id = $1
  AND resolved_at IS NULL
  AND (external_uid, check_in, check_out) NOT IN (
      SELECT * FROM unnest($2::text[], $3::date[], $4::date[]))
RETURNING id;

-- name: list_conflicts
SELECT c.id, c.feed_id, f.source, c.accommodation_id, c.external_uid, c.check_in, c.check_out,
       c.summary, c.reservation_id, r.code AS reservation_code,
       r.channel AS reservation_channel, c.detected_at, c.resolved_at, c.resolution
FROM ical_conflicts c
LEFT JOIN ical_feeds f ON f.id = c.feed_id
LEFT JOIN reservations r ON r.id = c.reservation_id
WHERE ($1::text = 'all'
       OR ($1::text = 'open' AND c.resolved_at IS NULL)
       OR ($1::text = 'resolved' AND c.resolved_at IS NOT NULL))
  AND ($2::bigint IS NULL OR c.accommodation_id = $2::bigint)
ORDER BY c.detected_at DESC, c.id DESC
LIMIT 500;

-- name: get_conflict
SELECT c.id, c.feed_id, f.source, c.accommodation_id, c.external_uid, c.check_in, c.check_out,
       c.summary, c.reservation_id, r.code AS reservation_code,
       r.channel AS reservation_channel, c.detected_at, c.resolved_at, c.resolution
FROM ical_conflicts c
LEFT JOIN ical_feeds f ON f.id = c.feed_id
LEFT JOIN reservations r ON r.id = c.reservation_id
WHERE c.id = $1;

-- name: resolve_conflict
UPDATE ical_conflicts
SET resolved_at = now(), resolution = $2
WHERE id = $1 AND resolved_at IS NULL
RETURNING id;

-- name: export_cabin
SELECT id, name, ical_export_token FROM accommodations WHERE id = $1;

-- name: export_stays
-- Every live stay except the ones that came from the channel asking.
SELECT code, check_in, check_out, created_at, updated_at
FROM reservations
WHERE accommodation_id = $1
  AND reservation_status IN ('pre_reserved', 'confirmed')
  AND check_out > $2
  AND channel <> $3
ORDER BY check_in, code;
