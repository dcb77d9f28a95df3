-- Outbound WhatsApp messages (bot/whatsapp.py).

-- name: claim_send
-- Claim a key before sending: a new key, or one whose earlier try ran out of
-- transient retries. No row back means the key is sent (or being sent): skip.
-- $5-$7: the message delivered just before this one in the same turn (id,
-- status, wamid), recorded as sent in the same round trip; NULLs when none.
WITH previous AS (
    UPDATE outbound_messages
    SET (status, error) = (SELECT COALESCE(r.status, $6), COALESCE(r.error, outbound_messages.error)
                           FROM whatsapp_recorded($7) AS r),
        wamid = $7, updated_at = now()
    WHERE id = $5::bigint
)
INSERT INTO outbound_messages (key, to_number, type, body)
VALUES ($1, $2, $3, $4::jsonb)
ON CONFLICT (key) DO UPDATE
    SET status = 'sending', attempts = outbound_messages.attempts + 1, error = NULL,
        body = EXCLUDED.body, updated_at = now()
    WHERE outbound_messages.status = 'unsent'
RETURNING id;

-- name: wamid_for_key
SELECT wamid FROM outbound_messages WHERE key = $1;

-- name: mark_sent
-- A status Meta sent before this ran wins (sql/007_whatsapp_early_statuses.sql).
UPDATE outbound_messages
SET (status, error) = (SELECT COALESCE(r.status, $2), COALESCE(r.error, outbound_messages.error)
                       FROM whatsapp_recorded($3) AS r),
    wamid = $3, updated_at = now()
WHERE id = $1;

-- name: mark_failed
UPDATE outbound_messages SET status = $2, error = $3, updated_at = now() WHERE id = $1;

-- name: apply_statuses
-- Meta's statuses arrive out of order ("delivered" may come after "read" or
-- never): only move forward; "read" and "failed" are final. The caller sends
-- at most one status per wamid.
UPDATE outbound_messages AS o
SET status = s.status, error = COALESCE(s.error, o.error), updated_at = now()
FROM unnest($1::text[], $2::text[], $3::text[]) AS s (wamid, status, error)
WHERE o.wamid = s.wamid
  AND o.status IN ('sending', 'sent', 'delivered')
  AND array_position(ARRAY['sending', 'sent', 'delivered', 'read', 'failed'], o.status)
      < array_position(ARRAY['sending', 'sent', 'delivered', 'read', 'failed'], s.status)
