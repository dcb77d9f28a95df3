-- Mercado Pago deposits (issue 5).

-- One Checkout Pro link per reservation. A row in state 'pending' is a link we
-- could not create yet (Mercado Pago unreachable); the retry job creates it,
-- extends the hold once (hold_extended) and sends it to the guest.
CREATE TABLE payment_links (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reservation_id       bigint NOT NULL UNIQUE REFERENCES reservations (id),
    code                 text NOT NULL UNIQUE,
    state                text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'ready', 'abandoned')),
    preference_id        text,
    init_point           text,
    attempts             integer NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz NOT NULL DEFAULT now(),
    last_error           text,
    hold_extended        boolean NOT NULL DEFAULT false,
    -- When reconciliation last asked Mercado Pago about this reservation's payments.
    reconciled_at        timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (state <> 'ready' OR init_point IS NOT NULL)
);
CREATE INDEX payment_links_due_idx ON payment_links (next_attempt_at) WHERE state = 'pending';

-- Notifications arrive in any order: the payment's own last-update time is
-- kept so that an older state never overwrites a newer one, and each notice
-- we send about a payment (confirmed, failed, flagged, ...) is claimed here
-- first so it goes out once however many deliveries race.
ALTER TABLE payments
    ADD COLUMN date_last_updated timestamptz,
    ADD COLUMN notices_sent text[] NOT NULL DEFAULT '{}';
CREATE INDEX payments_reservation_idx ON payments (reservation_id);

-- A notification we could not process yet (Mercado Pago unreachable) waits
-- until this time before its next try. 003 adds the same column for WhatsApp;
-- IF NOT EXISTS keeps either migration valid alone.
ALTER TABLE inbound_events ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz;

-- The demo checkout's payments (demo mode only: no Mercado Pago credentials).
-- The local stand-in at /demo/mp serves them in Mercado Pago's JSON, so the
-- webhook, fetch and confirmation run exactly as in production. Ids start
-- high and numeric, like Mercado Pago's.
CREATE TABLE demo_payments (
    id                   bigint GENERATED ALWAYS AS IDENTITY (START WITH 90000000001) PRIMARY KEY,
    external_reference   text NOT NULL,
    status               text NOT NULL,
    status_detail        text NOT NULL,
    amount_cents         bigint NOT NULL,
    currency             text NOT NULL DEFAULT 'ARS',
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX demo_payments_reference_idx ON demo_payments (external_reference);
