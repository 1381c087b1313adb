-- Certified electronic copies from originals ("chứng thực bản sao điện tử từ bản chính").

-- One kiosk session: a citizen asking for one certified copy of one original.
create table copy_request (
    id                   uuid        primary key,
    version              integer     not null default 0,       -- optimistic lock, +1 per transition
    kiosk_id             text        not null,
    agency_code          text        not null,                 -- the certifying agency (the kiosk's commune or centre)
    state                text        not null check (state in ('IDENTIFIED', 'AWAITING_FACE_REVIEW', 'AUTHENTICATED',
                             'SCANNED', 'AWAITING_OFFICER_REVIEW', 'RECOGNISED', 'PAID', 'ISSUED', 'REJECTED', 'EXPIRED')),
    token_hash           text        not null,                 -- SHA-256 of the session secret held by the kiosk
    id_number            text        not null check (id_number ~ '^[0-9]{12}$'),
    full_name            text        not null check (length(full_name) between 1 and 200),
    birth_date           date        not null,
    sex                  text        check (sex in ('MALE', 'FEMALE')),
    identified_by        text        not null check (identified_by in ('QR', 'MRZ', 'MANUAL')),
    email                text,
    phone                text,
    locale               text        not null default 'vi',
    citizen_username     text,                                 -- a signed-in citizen, for "my copies"
    face_photo_sha256    text        check (face_photo_sha256 ~ '^[0-9a-f]{64}$'),
    face_verdict         text        check (face_verdict in ('MATCH', 'NO_MATCH', 'UNAVAILABLE')),
    face_confirmed_by    text,                                 -- officer who confirmed the face, null when automatic
    scan_sha256          text[]      not null default '{}',    -- page images (PNG) in page order, in the file store
    scan_dpi             double precision[] not null default '{}',  -- x and y dpi of each page, in pairs (100 % scale)
    original_file_names  text[]      not null default '{}',
    document_type        text        check (document_type in ('ID_CARD', 'BIRTH_CERTIFICATE', 'DIPLOMA',
                             'LAND_USE_CERTIFICATE', 'HOUSEHOLD_REGISTRATION', 'OTHER')),
    recognised_fields    jsonb,
    recognition_problems text[]      not null default '{}',
    ocr_confidence       double precision,
    review_reasons       text[]      not null default '{}',    -- why an officer must look (message keys)
    document_reviewed_by text,                                 -- officer who approved the document
    fee_vnd              bigint      check (fee_vnd >= 0),
    payment_order_id     text,
    paid_at              timestamptz,
    certifying_officer   text,                                 -- user name whose personal certificate signs
    reject_reason        text,
    rejected_by          text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    expires_at           timestamptz not null
);
create index copy_request_review on copy_request (agency_code, state, updated_at)
    where state in ('AWAITING_FACE_REVIEW', 'AWAITING_OFFICER_REVIEW');
create index copy_request_kiosk on copy_request (kiosk_id, created_at desc);
create index copy_request_citizen on copy_request (id_number, created_at desc);
create unique index copy_request_payment on copy_request (payment_order_id) where payment_order_id is not null;

-- The certification register ("sổ chứng thực bản sao"): one row per certified original, numbered without gaps per
-- agency, register book and year. A row is written (the number reserved) before the copy is composed and signed;
-- sha256 is filled when the signed copy is stored. A retry of an interrupted issue reuses the row.
create table certified_copy (
    code                 text        primary key check (code ~ '^[A-Z2-9]{10}$'),  -- identification code, in the QR
    request_id           uuid        not null unique references copy_request (id),
    agency_code          text        not null,
    agency_name          text        not null,
    register_number      text        not null,
    register_year        integer     not null check (register_year between 2000 and 2999),
    sequence             integer     not null check (sequence > 0),
    type_code            text        not null,
    certification_number text        not null,              -- e.g. 123/01/2026/SCT/BS, unique per agency
    officer_username     text        not null,
    officer_name         text        not null,
    document_type        text        not null,
    pages                integer     not null check (pages > 0),
    id_number            text        not null,
    holder_name          text        not null,
    fee_vnd              bigint      not null default 0,
    reserved_at          timestamptz not null,
    issued_at            timestamptz,
    sha256               text        unique check (sha256 ~ '^[0-9a-f]{64}$'),
    size                 bigint,
    signature_level      text,
    unique (agency_code, register_number, register_year, sequence),
    unique (agency_code, certification_number),
    check ((issued_at is null) = (sha256 is null))
);
create index certified_copy_register on certified_copy (agency_code, reserved_at);
create index certified_copy_holder on certified_copy (id_number, reserved_at desc);

-- Per agency, register book and year: the last certification number given. Incremented with
-- INSERT … ON CONFLICT DO UPDATE … RETURNING inside the reserving transaction (the row stays locked until commit).
create table register_counter (
    agency_code     text    not null,
    register_number text    not null,
    register_year   integer not null,
    n               integer not null check (n > 0),
    primary key (agency_code, register_number, register_year)
);
