-- WhatsApp transport: every reply we send, and retry scheduling for the inbox.

-- One row per outbound message, keyed by a caller-chosen key (for replies:
-- "<inbound wamid>:<index>"), so a retried inbound message never sends the
-- same reply twice. `to_number` is the full number (our own database); logs
-- only ever show it masked.
CREATE TABLE outbound_messages (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         text NOT NULL UNIQUE,
    to_number   text NOT NULL,
    type        text NOT NULL,
    body        jsonb NOT NULL,
    -- sending: claimed, the request is in flight (or the process died during it);
    -- sent/delivered/read/failed: Meta's statuses; rejected: a permanent 4xx;
    -- unsent: transient failures exhausted, the key may be tried again; demo: local transport.
    status      text NOT NULL DEFAULT 'sending'
        CHECK (status IN ('sending', 'sent', 'delivered', 'read', 'failed', 'rejected',
                          'unsent', 'demo')),
    wamid       text UNIQUE,
    attempts    integer NOT NULL DEFAULT 1,
    error       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbound_messages_to_idx ON outbound_messages (to_number, id);

-- A message that failed waits here before its next try (exponential backoff);
-- NULL means "due now". IF NOT EXISTS: other providers may want the same column.
ALTER TABLE inbound_events ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz;
