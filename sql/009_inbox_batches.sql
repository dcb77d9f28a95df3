-- The inbox worker in batches (bot/inbox.py): one round trip claims the
-- oldest due message of many guests, and one marks many messages done.
--
-- Each guest's claim is exactly inbox_claim (sql/006_inbox_claim.sql); each
-- message's "done" is what a statement of its own did before (migration 009
-- replaced it). Only the round trips and the transactions are shared: measured on the bench machine, a claim and a
-- mark_done cost ~215 µs of PostgreSQL CPU and ~145 µs of the worker's a
-- message one by one, ~45 µs and ~10 µs in batches of 20 (README, Benchmarks).
-- Under light load a batch is one guest, and nothing changes.
--
-- The guest locks taken by a batched claim are session-level, held by the
-- worker's one connection that claims and marks done (a lock is released only
-- by the session that holds it).

CREATE FUNCTION inbox_claim_many(p_senders text[], p_guest_lock integer, p_arrival_lock integer)
RETURNS TABLE (sender text, id bigint, event_id text, payload jsonb, attempts integer,
               more boolean)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    guest text;
BEGIN
    FOREACH guest IN ARRAY p_senders LOOP
        RETURN QUERY
            SELECT guest, c.id, c.event_id, c.payload, c.attempts, c.more
            FROM inbox_claim(guest, p_guest_lock, p_arrival_lock) AS c;
    END LOOP;
END;
$$;

-- p_sent_*: each message's last reply, delivered, to record as sent (NULLs
-- when none). Their "status" locks are taken first, in
-- one sorted pass like inbox.sql's lock_statuses: whatsapp_recorded() takes
-- them one by one, and a status batch holding two of them in sorted order
-- must never wait for this statement while it waits for that batch.
CREATE FUNCTION inbox_done_many(
    p_ids bigint[], p_senders text[], p_guest_lock integer,
    p_sent_ids bigint[], p_sent_statuses text[], p_sent_wamids text[]
)
RETURNS TABLE (id bigint, age_seconds float8)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    i integer;
    received timestamptz;
BEGIN
    PERFORM count(pg_advisory_xact_lock(x'0CAB0004'::integer, hashtext(w)))
    FROM (SELECT DISTINCT w FROM unnest(p_sent_wamids) AS t (w)
          WHERE w IS NOT NULL ORDER BY w) AS s;
    FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
        IF p_sent_ids[i] IS NOT NULL THEN
            UPDATE outbound_messages AS o
            SET (status, error) = (SELECT COALESCE(r.status, p_sent_statuses[i]),
                                          COALESCE(r.error, o.error)
                                   FROM whatsapp_recorded(p_sent_wamids[i]) AS r),
                wamid = p_sent_wamids[i], updated_at = now()
            WHERE o.id = p_sent_ids[i];
        END IF;
        received := NULL;
        UPDATE inbound_events AS e
        SET state = 'done', processed_at = clock_timestamp(), last_error = NULL
        WHERE e.id = p_ids[i]
        RETURNING e.received_at INTO received;
        -- After the UPDATE: a claim that gets the lock before this
        -- commits waits for the row (inbox_claim's FOR UPDATE).
        PERFORM pg_advisory_unlock(p_guest_lock, hashtext(p_senders[i]));
        id := p_ids[i];
        age_seconds := EXTRACT(EPOCH FROM clock_timestamp() - received)::float8;
        RETURN NEXT;
    END LOOP;
END;
$$;
