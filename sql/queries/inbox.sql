-- The WhatsApp inbox: recording webhook batches and the per-guest worker (bot/inbox.py).

-- name: record_events
-- One statement, so one implicit transaction when there are no statuses. It
-- first takes a shared per-guest "arrival" lock for every sender of a message
-- ($2), held until the commit: the worker takes the same keys exclusively
-- (try, never wait) before reading a guest's oldest pending message, so it
-- never sees a later id committed while an earlier one is still in flight
-- (ids are handed out at insert, not at commit). The CTE is computed before the
-- join yields its first row, so every lock is held before any id is taken.
-- Shared locks never wait for each other and the worker only tries: no deadlock.
WITH arrivals AS (
    SELECT count(pg_advisory_xact_lock_shared($1, hashtext(sender))) AS locked
    FROM (SELECT DISTINCT sender FROM unnest($2::text[]) AS t (sender)) AS s
)
INSERT INTO inbound_events (provider, event_id, kind, sender, payload, state, processed_at)
SELECT 'whatsapp', e.event_id, e.kind, e.sender, e.payload::jsonb, e.state,
       CASE WHEN e.state = 'done' THEN now() END
FROM arrivals,
     unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY
         AS e (event_id, kind, sender, payload, state, position)
WHERE arrivals.locked >= 0
ORDER BY e.position  -- ids follow arrival order
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

-- name: try_locks
-- NULL: another worker is answering this guest (the transaction lock is held
-- until this message's transaction ends). false: a message of this guest is
-- being recorded right now. true: both held; the arrival lock (session level)
-- is released by oldest_pending. CASE evaluates in order: the second lock is
-- only tried once the first is held.
SELECT CASE WHEN pg_try_advisory_xact_lock($1, hashtext($3))
            THEN pg_try_advisory_lock($2, hashtext($3)) END AS held;

-- name: oldest_pending
-- The statement's snapshot is taken while the arrival lock is still held, so
-- it holds every message of the guest recorded so far; the lock is released
-- in the same round trip. `more`: another message of the guest is waiting
-- (one recorded later will nudge the worker after its commit).
WITH pending AS (
    SELECT id, event_id, payload, attempts,
           next_attempt_at IS NULL OR next_attempt_at <= now() AS due
    FROM inbound_events
    WHERE provider = 'whatsapp' AND state = 'pending' AND kind = 'message' AND sender = $1
    ORDER BY id
    LIMIT 1
    FOR UPDATE
), released AS (
    SELECT pg_advisory_unlock($2, hashtext($1)) AS released
)
SELECT pending.*,
       EXISTS (
           SELECT 1 FROM inbound_events AS later
           WHERE later.provider = 'whatsapp' AND later.state = 'pending'
             AND later.kind = 'message' AND later.sender = $1 AND later.id > pending.id
       ) AS more
FROM released LEFT JOIN pending ON true;

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
