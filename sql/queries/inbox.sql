-- The WhatsApp inbox: recording webhook batches and the per-guest worker (bot/inbox.py).

-- name: lock_arrivals
-- Shared per-guest "arrival" locks, held by the recording transaction until it
-- commits. The worker takes the same keys exclusively (try, never wait) before
-- reading a guest's oldest pending message, so it never sees a later id
-- committed while an earlier one is still in flight. Shared locks never wait
-- for each other and the worker only ever tries, so this cannot deadlock.
SELECT count(pg_advisory_xact_lock_shared($1, hashtext(sender)))
FROM (SELECT DISTINCT sender FROM unnest($2::text[]) AS t (sender)) AS s;

-- name: record_events
INSERT INTO inbound_events (provider, event_id, kind, sender, payload, state, processed_at)
SELECT 'whatsapp', e.event_id, e.kind, e.sender, e.payload::jsonb, e.state,
       CASE WHEN e.state = 'done' THEN now() END
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     AS e (event_id, kind, sender, payload, state)
ON CONFLICT (provider, event_id) DO NOTHING
RETURNING event_id;

-- name: due_senders
-- Guests whose oldest pending message is due, oldest first.
SELECT sender FROM (
    SELECT DISTINCT ON (sender) sender, id, next_attempt_at
    FROM inbound_events
    WHERE provider = 'whatsapp' AND state = 'pending' AND kind = 'message'
    ORDER BY sender, id
) AS oldest
WHERE next_attempt_at IS NULL OR next_attempt_at <= now()
ORDER BY id
LIMIT $1;

-- name: try_guest_lock
-- Held until the message's transaction ends: one worker per guest across instances.
SELECT pg_try_advisory_xact_lock($1, hashtext($2));

-- name: try_arrival_lock
SELECT pg_try_advisory_lock($1, hashtext($2));

-- name: release_arrival_lock
SELECT pg_advisory_unlock($1, hashtext($2));

-- name: oldest_pending
SELECT id, event_id, sender, payload, attempts, received_at,
       next_attempt_at IS NULL OR next_attempt_at <= now() AS due
FROM inbound_events
WHERE provider = 'whatsapp' AND state = 'pending' AND kind = 'message' AND sender = $1
ORDER BY id
LIMIT 1
FOR UPDATE;

-- name: mark_done
UPDATE inbound_events
SET state = 'done', processed_at = clock_timestamp(), last_error = NULL
WHERE id = $1
RETURNING EXTRACT(EPOCH FROM clock_timestamp() - received_at)::float8 AS age_seconds;

-- name: mark_failed
-- $3: seconds before the next try; $4: the attempt that parks it.
UPDATE inbound_events
SET attempts = attempts + 1,
    last_error = left($2, 2000),
    state = CASE WHEN attempts + 1 >= $4 THEN 'parked' ELSE 'pending' END,
    processed_at = CASE WHEN attempts + 1 >= $4 THEN clock_timestamp() END,
    next_attempt_at = clock_timestamp() + make_interval(secs => $3)
WHERE id = $1
RETURNING state, attempts;
