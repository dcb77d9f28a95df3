-- Meta's delivery statuses can arrive before we have recorded the wamid of the
-- message they are about (we record it right after the send, or one statement
-- later: bot/whatsapp.py `deliver`). apply_statuses finds no row then, but the
-- status is in inbound_events all the same; the statements that record a send
-- read it back through these, so a status is never lost to that race.

-- The furthest status recorded for a wamid (sent < delivered < read < failed), or NULL.
CREATE FUNCTION whatsapp_recorded_status(p_wamid text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT s.payload->>'status'
    FROM inbound_events AS s
    WHERE s.provider = 'whatsapp'
      AND s.event_id IN ('status:' || p_wamid || ':sent', 'status:' || p_wamid || ':delivered',
                         'status:' || p_wamid || ':read', 'status:' || p_wamid || ':failed')
    ORDER BY array_position(ARRAY['sent', 'delivered', 'read', 'failed'], s.payload->>'status')
        DESC NULLS LAST
    LIMIT 1
$$;

-- Meta's errors for a failed delivery of the wamid, or NULL.
CREATE FUNCTION whatsapp_recorded_error(p_wamid text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT left((s.payload->'errors')::text, 2000)
    FROM inbound_events AS s
    WHERE s.provider = 'whatsapp' AND s.event_id = 'status:' || p_wamid || ':failed'
$$;
