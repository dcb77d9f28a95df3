-- Outbound WhatsApp messages (bot/whatsapp.py).

-- name: claim_sends
-- Claim keys before sending, many in one round trip (sql/011_whatsapp_send_batches.sql):
-- a new key, or one whose earlier try ran out of transient retries, after recording
-- the message delivered just before each in its turn as sent. A row (n, row_id) per
-- key, n its 1-based position; row_id NULL: the key is sent (or being sent), skip it.
SELECT n, row_id FROM whatsapp_claim_sends($1, $2, $3, $4, $5, $6, $7);

-- name: wamid_for_key
SELECT wamid FROM outbound_messages WHERE key = $1;

-- name: refused_for_window
-- The message under this key was refused because the recipient's 24-hour window was
-- closed (Meta's 131047, in our "rejected" row's error).
SELECT EXISTS (
    SELECT 1 FROM outbound_messages
    WHERE key = $1 AND status = 'rejected' AND error LIKE '%131047%'
);

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

-- name: keys_of_wamids
SELECT key FROM outbound_messages WHERE wamid = ANY ($1::text[]);

-- name: sent_to_number
-- Our free-form messages with these wamids that went to one number (the owner's), with
-- what they said: the Cloud API JSON they were sent as.
SELECT key, body::text AS body FROM outbound_messages
WHERE wamid = ANY ($1::text[]) AND to_number = $2 AND type <> 'template';
