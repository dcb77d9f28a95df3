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

-- name: record_messages
-- `record_events` for batches that hold messages only (the webhook's group
-- commit, bot/recording.py), with the same locks and the same order. $2 is one
-- JSON array of the stored payloads (bot.payloads.stored_payload) in arrival
-- order; each one's event id is its wamid and its sender the number it came
-- from, both read from it. One parameter instead of six arrays: asyncpg checks
-- every element of an array parameter in Python, ~0.3 µs each.
WITH incoming AS (
    SELECT p.payload, p.payload -> 'message' ->> 'id' AS event_id,
           p.payload -> 'message' ->> 'from' AS sender, p.position
    FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS p (payload, position)
), arrivals AS (
    SELECT count(pg_advisory_xact_lock_shared($1, hashtext(sender))) AS locked
    FROM (SELECT DISTINCT sender FROM incoming) AS s
)
INSERT INTO inbound_events (provider, event_id, kind, sender, payload)
SELECT 'whatsapp', i.event_id, 'message', i.sender, i.payload
FROM arrivals, incoming AS i
WHERE arrivals.locked >= 0
ORDER BY i.position  -- ids follow arrival order
ON CONFLICT (provider, event_id) DO NOTHING
RETURNING event_id;

-- name: lock_statuses
-- Before apply_statuses, in the same transaction: the wamids' "status" locks,
-- in one sorted pass (sql/007_whatsapp_early_statuses.sql says why).
SELECT count(pg_advisory_xact_lock(x'0CAB0004'::integer, hashtext(w)))
FROM (SELECT DISTINCT w FROM unnest($1::text[]) AS t (w) ORDER BY w) AS s;

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

-- name: claim_many
-- `claim` for each guest of $1 in one round trip (sql/009_inbox_batches.sql):
-- a row per guest claimed, its lock held by this session; the others have
-- nothing due now, or another worker has them.
SELECT sender, id, event_id, payload, attempts, more FROM inbox_claim_many($1, $2, $3);

-- name: done_many
-- `mark_done` for each message of $1 (its guest in $2, lock namespace $3; its
-- last reply, delivered, in $4-$6 or NULLs), releasing each guest's lock.
SELECT id, age_seconds FROM inbox_done_many($1, $2, $3, $4, $5, $6);

-- name: mark_failed
-- $3: seconds before the next try; $4: the attempt that parks it. Releases the
-- guest lock ($5, $6) after the UPDATE, like done_many. $7: the failure was an outage of a
-- dependency (PostgreSQL, Redis, the Graph API): it costs no try while the
-- message is younger than $8 seconds, so an outage of a few minutes does not
-- park every message in flight; after that it counts, so a message can never
-- block its guest for good.
WITH step AS (
    SELECT id,
           CASE WHEN $7::boolean
                 AND received_at > clock_timestamp() - make_interval(secs => $8)
                THEN 0 ELSE 1 END AS n
    FROM inbound_events WHERE id = $1
), failed AS (
    UPDATE inbound_events AS e
    SET attempts = e.attempts + step.n,
        last_error = left($2, 2000),
        state = CASE WHEN e.attempts + step.n >= $4 THEN 'parked' ELSE 'pending' END,
        processed_at = CASE WHEN e.attempts + step.n >= $4 THEN clock_timestamp() END,
        next_attempt_at = clock_timestamp() + make_interval(secs => $3)
    FROM step
    WHERE e.id = step.id
    RETURNING e.state, e.attempts, step.n AS counted
)
SELECT failed.state, failed.attempts, failed.counted,
       pg_advisory_unlock($5, hashtext($6)) AS unlocked
FROM (SELECT) AS always LEFT JOIN failed ON true;
