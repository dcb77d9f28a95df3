-- A guest notice WhatsApp refused for good (most often error 131047: the guest's last
-- message is more than 24 hours old, so only templates reach them) is not retried: it is
-- 'unreachable', and the owner is queued a notice to call the guest instead.
ALTER TABLE guest_notices DROP CONSTRAINT guest_notices_state_check;
ALTER TABLE guest_notices ADD CONSTRAINT guest_notices_state_check
    CHECK (state IN ('pending', 'sent', 'dropped', 'unreachable'));
