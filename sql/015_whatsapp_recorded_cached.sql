-- whatsapp_recorded() (sql/007) in PL/pgSQL: same signature, same lock first,
-- same answer. It runs once for every reply recorded as sent (inbox_done_many,
-- whatsapp_claim_sends, record_sent), inside the UPDATE that records it. As a
-- SQL function of two statements it could not be inlined, so every call parsed
-- and planned both again: with pg_stat_statements (track = all) over `bench
-- webhook`'s "hola" turns, that UPDATE took ~98 µs of a turn's PostgreSQL time
-- and its own read ~6. PL/pgSQL keeps each statement's plan for the session.
--
-- Each statement still reads with a fresh snapshot (VOLATILE), so the read after
-- the lock sees what the status side committed before it (sql/007 says why).
-- The four ids are looked up one by one (`LIMIT 1` keeps each a lookup of its
-- own): a plan kept for the session must not depend on the table's size when it
-- was made, and on PostgreSQL 15 the IN list, planned while inbound_events was
-- nearly empty, became a scan of every WhatsApp event filtered for the four.
CREATE OR REPLACE FUNCTION whatsapp_recorded(p_wamid text, OUT status text, OUT error text)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(x'0CAB0004'::integer, hashtext(p_wamid));
    -- The furthest status recorded (sent < delivered < read < failed), or NULL;
    -- Meta's errors when it failed (NULL otherwise).
    SELECT (array_agg(s.payload->>'status' ORDER BY k.rank DESC))[1],
           left(max((s.payload->'errors')::text) FILTER (WHERE s.payload->>'status' = 'failed'),
                2000)
    INTO status, error
    FROM (VALUES ('sent', 1), ('delivered', 2), ('read', 3), ('failed', 4)) AS k (name, rank),
    LATERAL (
        SELECT e.payload FROM inbound_events AS e
        WHERE e.provider = 'whatsapp' AND e.event_id = 'status:' || p_wamid || ':' || k.name
        LIMIT 1
    ) AS s;
END;
$$;
