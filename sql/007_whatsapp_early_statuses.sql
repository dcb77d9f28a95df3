-- Meta's delivery statuses can arrive before we have recorded the wamid of the
-- message they are about (we record it right after the send, or one statement
-- later: bot/whatsapp.py `deliver`). apply_statuses finds no row then, but the
-- status is in inbound_events all the same; the statements that record a send
-- read it back through whatsapp_recorded(), so a status is never lost.
--
-- Both sides take the wamid's "status" advisory lock (namespace 0x0CAB0004)
-- until they commit: the status side before apply_statuses (inbox.sql
-- lock_statuses), this function before it reads. Whichever comes second then
-- reads, with a fresh snapshot (a new statement in a VOLATILE function), what
-- the first committed: the two can no longer miss each other by overlapping.
-- No deadlock: a send's statement evaluates this before it locks its row, and
-- the status side locks its wamids in one sorted pass.
CREATE FUNCTION whatsapp_recorded(p_wamid text, OUT status text, OUT error text)
LANGUAGE sql VOLATILE AS $$
    SELECT pg_advisory_xact_lock(x'0CAB0004'::integer, hashtext(p_wamid));
    -- The furthest status recorded (sent < delivered < read < failed), or NULL;
    -- Meta's errors when it failed (NULL otherwise).
    SELECT (array_agg(s.payload->>'status' ORDER BY
                array_position(ARRAY['sent', 'delivered', 'read', 'failed'], s.payload->>'status')
                DESC NULLS LAST))[1],
           left(max((s.payload->'errors')::text) FILTER (WHERE s.payload->>'status' = 'failed'),
                2000)
    FROM inbound_events AS s
    WHERE s.provider = 'whatsapp'
      AND s.event_id IN ('status:' || p_wamid || ':sent', 'status:' || p_wamid || ':delivered',
                         'status:' || p_wamid || ':read', 'status:' || p_wamid || ':failed');
$$;
