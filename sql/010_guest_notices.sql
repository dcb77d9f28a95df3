-- Guest notices that must reach the guest even while WhatsApp is down
-- (booking/guest_notices.py): a stay the owner cancelled, a payment that could
-- not confirm a hold. The row is written in the same transaction as the change
-- it tells, under a unique key, so a retried admin call or a notification
-- delivered many times adds none; it is sent right after the commit and, while
-- the send fails, again by the booking jobs with backoff. The WhatsApp send is
-- keyed by `key` too, so a try that crashed after sending is not repeated.
CREATE TABLE guest_notices (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reservation_id   bigint NOT NULL REFERENCES reservations (id),
    key              text NOT NULL UNIQUE,
    event            text NOT NULL,  -- the booking.notify.Notifier callback that words it
    details          jsonb NOT NULL DEFAULT '{}',
    state            text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'dropped')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz
);
CREATE INDEX guest_notices_due_idx ON guest_notices (next_attempt_at) WHERE state = 'pending';
