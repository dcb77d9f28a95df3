-- The inbox worker's claim in one round trip (bot/inbox.py, sql/queries/inbox.sql).
--
-- A guest's messages are answered one at a time, in id order, across
-- instances. inbox_claim(sender, guest lock namespace, arrival lock namespace)
-- returns the guest's oldest pending message when it is due, holding the
-- guest's session-level advisory lock, which the worker releases in the
-- statement that marks the message done or failed (or by closing the
-- connection). No row back: nothing to do now, and no lock is held.
--
-- Every recording transaction holds the guest's "arrival" lock in shared mode
-- until it commits (record_events). Ids are handed out at insert, not at
-- commit, so the claim takes that lock exclusively for an instant first: when
-- it cannot, a message of the guest is being recorded and its commit nudges
-- the worker again; when it can, every message recorded so far is committed,
-- and the read after it sees them all (each statement of a VOLATILE PL/pgSQL
-- function takes a new snapshot under READ COMMITTED). FOR UPDATE: the
-- worker's mark_done releases the guest lock in the same statement as its
-- UPDATE, so a claim that gets the lock before that commit waits for it on the
-- row instead of reading the message as still pending.
CREATE FUNCTION inbox_claim(p_sender text, p_guest_lock integer, p_arrival_lock integer)
RETURNS TABLE (id bigint, event_id text, payload jsonb, attempts integer, more boolean)
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_column
DECLARE
    guest_key constant integer := hashtext(p_sender);
    claimed boolean;
BEGIN
    IF NOT pg_try_advisory_lock(p_guest_lock, guest_key) THEN
        RETURN;  -- another worker is answering this guest
    END IF;
    IF NOT pg_try_advisory_lock(p_arrival_lock, guest_key) THEN
        PERFORM pg_advisory_unlock(p_guest_lock, guest_key);
        RETURN;  -- one of the guest's messages is being recorded
    END IF;
    RETURN QUERY
        SELECT oldest.id, oldest.event_id, oldest.payload, oldest.attempts,
               EXISTS (
                   SELECT 1 FROM inbound_events AS later
                   WHERE later.provider = 'whatsapp' AND later.state = 'pending'
                     AND later.kind = 'message' AND later.sender = p_sender
                     AND later.id > oldest.id)
        FROM (
            SELECT e.id, e.event_id, e.payload, e.attempts, e.next_attempt_at
            FROM inbound_events AS e
            WHERE e.provider = 'whatsapp' AND e.state = 'pending' AND e.kind = 'message'
              AND e.sender = p_sender
            ORDER BY e.id
            LIMIT 1
            FOR UPDATE
        ) AS oldest
        -- Not due (a retry waiting for its backoff): the guest waits with it.
        WHERE oldest.next_attempt_at IS NULL OR oldest.next_attempt_at <= now();
    claimed := FOUND;
    PERFORM pg_advisory_unlock(p_arrival_lock, guest_key);
    IF NOT claimed THEN
        PERFORM pg_advisory_unlock(p_guest_lock, guest_key);
    END IF;
END;
$$;
