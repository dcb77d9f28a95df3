-- Claiming the keys of many outbound messages in one round trip (bot/whatsapp.py
-- `deliver`, through bot/batching.py): the replies of the guests being answered
-- at once share it instead of taking one each (migration 011 replaced the
-- statement a key took of its own). For each key: record the message delivered just
-- before it in the same turn as sent, then claim the key (a new one, or one
-- whose earlier try ran out of transient retries); a NULL row_id means the key
-- is sent, or being sent: skip it.
CREATE FUNCTION whatsapp_claim_sends(
    p_keys text[], p_numbers text[], p_types text[], p_bodies text[],
    p_previous_ids bigint[], p_previous_statuses text[], p_previous_wamids text[]
)
RETURNS TABLE (n integer, row_id bigint)
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    i bigint;
    claimed bigint;
BEGIN
    -- The previous sends' "status" locks first, in one sorted pass
    -- (sql/009_inbox_batches.sql says why).
    PERFORM count(pg_advisory_xact_lock(x'0CAB0004'::integer, hashtext(w)))
    FROM (SELECT DISTINCT w FROM unnest(p_previous_wamids) AS t (w)
          WHERE w IS NOT NULL ORDER BY w) AS s;
    -- Keys in sorted order: two batches sharing keys (a message answered twice at
    -- once, after the worker lost its connection) wait in one order, never in a cycle.
    FOR i IN SELECT k.pos FROM unnest(p_keys) WITH ORDINALITY AS k (key, pos) ORDER BY k.key LOOP
        IF p_previous_ids[i] IS NOT NULL THEN
            UPDATE outbound_messages AS m
            SET (status, error) = (SELECT COALESCE(r.status, p_previous_statuses[i]),
                                          COALESCE(r.error, m.error)
                                   FROM whatsapp_recorded(p_previous_wamids[i]) AS r),
                wamid = p_previous_wamids[i], updated_at = now()
            WHERE m.id = p_previous_ids[i];
        END IF;
        claimed := NULL;
        INSERT INTO outbound_messages AS m (key, to_number, type, body)
        VALUES (p_keys[i], p_numbers[i], p_types[i], p_bodies[i]::jsonb)
        ON CONFLICT (key) DO UPDATE
            SET status = 'sending', attempts = m.attempts + 1, error = NULL,
                body = EXCLUDED.body, updated_at = now()
            WHERE m.status = 'unsent'
        RETURNING m.id INTO claimed;
        n := i;
        row_id := claimed;
        RETURN NEXT;
    END LOOP;
END;
$$;
