-- The foundation schema. The EXCLUDE constraint on reservations is the last
-- (and only required) guard against double booking: every path that blocks
-- nights — WhatsApp holds, confirmed stays, owner blocks, iCal imports —
-- inserts into this one table under it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE accommodations (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                 text NOT NULL UNIQUE,
    name                 text NOT NULL,
    capacity             integer NOT NULL CHECK (capacity > 0),
    base_price_cents     bigint NOT NULL CHECK (base_price_cents >= 0),
    weekend_price_cents  bigint NOT NULL CHECK (weekend_price_cents >= 0),
    min_nights           integer NOT NULL DEFAULT 1 CHECK (min_nights >= 1),
    check_in_time        time NOT NULL DEFAULT '14:00',
    check_out_time       time NOT NULL DEFAULT '10:00',
    description          text NOT NULL DEFAULT '',
    address              text NOT NULL DEFAULT '',
    maps_url             text NOT NULL DEFAULT '',
    amenities            jsonb NOT NULL DEFAULT '[]'::jsonb,
    -- Answers the bot gives from the cabin's own data: pets, wifi, parking, ...
    house_rules          jsonb NOT NULL DEFAULT '{}'::jsonb,
    active               boolean NOT NULL DEFAULT true,
    ical_export_token    text NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text, '-', ''),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- A season prices the nights that start on [starts_on, ends_on).
CREATE TABLE seasons (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accommodation_id     bigint NOT NULL REFERENCES accommodations (id) ON DELETE CASCADE,
    name                 text NOT NULL,
    starts_on            date NOT NULL,
    ends_on              date NOT NULL,
    nightly_price_cents  bigint NOT NULL CHECK (nightly_price_cents >= 0),
    min_nights           integer CHECK (min_nights >= 1),
    period               daterange GENERATED ALWAYS AS (daterange(starts_on, ends_on, '[)')) STORED,
    CHECK (starts_on < ends_on),
    -- One price per night: seasons of one cabin never overlap.
    EXCLUDE USING gist (accommodation_id WITH =, period WITH &&)
);

CREATE TABLE ical_feeds (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accommodation_id     bigint NOT NULL REFERENCES accommodations (id) ON DELETE CASCADE,
    source               text NOT NULL CHECK (source IN ('airbnb', 'booking', 'other')),
    url                  text NOT NULL,
    active               boolean NOT NULL DEFAULT true,
    last_attempt_at      timestamptz,
    last_success_at      timestamptz,
    last_error           text,
    etag                 text,
    last_modified        text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (accommodation_id, url)
);

CREATE TABLE reservations (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                 text NOT NULL UNIQUE,
    accommodation_id     bigint NOT NULL REFERENCES accommodations (id),
    check_in             date NOT NULL,
    check_out            date NOT NULL,
    -- Half-open: the check-out day is free for the next guest.
    period               daterange GENERATED ALWAYS AS (daterange(check_in, check_out, '[)')) STORED,
    reservation_status   text NOT NULL
        CHECK (reservation_status IN ('pre_reserved', 'confirmed', 'cancelled', 'expired')),
    channel              text NOT NULL DEFAULT 'whatsapp'
        CHECK (channel IN ('whatsapp', 'owner', 'admin', 'airbnb', 'booking', 'other')),
    guest_name           text,
    guest_phone          text,
    guests               integer NOT NULL DEFAULT 1 CHECK (guests > 0),
    total_cents          bigint NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
    deposit_cents        bigint NOT NULL DEFAULT 0 CHECK (deposit_cents >= 0),
    expires_at           timestamptz,
    feed_id              bigint REFERENCES ical_feeds (id) ON DELETE SET NULL,
    external_uid         text,
    notes                text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (check_in < check_out),
    CONSTRAINT no_overlap_reservations
        EXCLUDE USING gist (accommodation_id WITH =, period WITH &&)
        WHERE (reservation_status IN ('pre_reserved', 'confirmed'))
);
CREATE INDEX reservations_status_expires_idx ON reservations (reservation_status, expires_at);
CREATE INDEX reservations_check_in_idx ON reservations (check_in);
CREATE INDEX reservations_guest_phone_idx ON reservations (guest_phone);
CREATE UNIQUE INDEX reservations_feed_uid_idx ON reservations (feed_id, external_uid)
    WHERE feed_id IS NOT NULL;

CREATE TABLE payments (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider             text NOT NULL DEFAULT 'mercadopago',
    provider_payment_id  text NOT NULL,
    reservation_id       bigint REFERENCES reservations (id),
    status               text NOT NULL,
    status_detail        text,
    amount_cents         bigint NOT NULL CHECK (amount_cents >= 0),
    currency             text NOT NULL DEFAULT 'ARS',
    -- What we did about it: confirmed, needs_refund, flagged, refunded, noted.
    outcome              text,
    raw                  jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_payment_id)
);

-- Every webhook event is recorded here before we answer 200: durability,
-- deduplication (the provider's own event id) and multi-instance safety.
CREATE TABLE inbound_events (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider             text NOT NULL CHECK (provider IN ('whatsapp', 'mercadopago')),
    event_id             text NOT NULL,
    kind                 text NOT NULL,
    sender               text,
    payload              jsonb NOT NULL,
    state                text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'done', 'parked', 'ignored')),
    attempts             integer NOT NULL DEFAULT 0,
    last_error           text,
    received_at          timestamptz NOT NULL DEFAULT now(),
    processed_at         timestamptz,
    UNIQUE (provider, event_id)
);
CREATE INDEX inbound_events_pending_idx ON inbound_events (provider, sender, id)
    WHERE state = 'pending';

-- An imported event that overlaps a stay from another channel: never dropped.
CREATE TABLE ical_conflicts (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id              bigint REFERENCES ical_feeds (id) ON DELETE CASCADE,
    accommodation_id     bigint NOT NULL REFERENCES accommodations (id),
    external_uid         text NOT NULL,
    check_in             date NOT NULL,
    check_out            date NOT NULL,
    summary              text NOT NULL DEFAULT '',
    reservation_id       bigint REFERENCES reservations (id),
    detected_at          timestamptz NOT NULL DEFAULT now(),
    resolved_at          timestamptz,
    resolution           text,
    UNIQUE (feed_id, external_uid, check_in, check_out)
);

-- Audit: every status change of a reservation, who did it and why.
CREATE TABLE reservation_events (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reservation_id       bigint NOT NULL REFERENCES reservations (id),
    event                text NOT NULL,
    from_status          text,
    to_status            text NOT NULL,
    actor                text NOT NULL,
    reason               text,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reservation_events_reservation_idx ON reservation_events (reservation_id, id);
