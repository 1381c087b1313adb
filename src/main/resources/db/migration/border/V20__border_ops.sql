-- Border gate, guard's screen, devices, statistics and exchange (issue 5, border-ops).

-- Border passes (giấy thông hành biên giới) are valid only for residents of the neighbouring provinces and only within
-- the border province pair (decision 0520): per gate, which nationality may cross on a border pass, resident of which
-- province, to travel within which province on the other side. Reference data every installation needs.
create table border_pass_zone (
    gate                text not null,
    nationality         text not null check (nationality ~ '^[A-Z]{3}$'),
    home_province       text not null,
    destination_province text not null,
    primary key (gate, nationality)
);
insert into border_pass_zone (gate, nationality, home_province, destination_province) values
    ('000.00.40.H21', 'VNM', 'Gia Lai', 'Ratanakiri'),
    ('000.00.40.H21', 'KHM', 'Ratanakiri', 'Gia Lai');

-- Images captured at a crossing by the fingerprint reader and the face camera (decision 0521). The bytes live in the
-- content-addressed file store; rows go with their crossing (retention purge).
create table crossing_image (
    id          bigint generated always as identity primary key,
    crossing_id bigint      not null references crossing (id) on delete cascade,
    kind        text        not null check (kind in ('FINGERPRINT', 'FACE', 'DOCUMENT')),
    sha256      text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type  text        not null,
    size        bigint      not null check (size >= 0),
    match_score double precision check (match_score between 0 and 1),
    captured_by text        not null,
    captured_at timestamptz not null default now()
);
create index crossing_image_crossing_idx on crossing_image (crossing_id);
create index crossing_image_sha_idx on crossing_image (sha256);

-- Register search by name and nationality, statistics by decision time.
create index crossing_nationality_idx on crossing (gate, nationality, decided_at);

-- Watch-list updates received from the national border-gate system, by their id: applied once (decision 0524).
create table exchange_inbox (
    update_id   text        primary key check (length(update_id) between 1 and 100),
    action      text        not null check (action in ('ADD', 'REMOVE')),
    entry_id    bigint,
    received_at timestamptz not null default now()
);
-- national id of a watch-list entry received from the exchange (to remove it later by that id)
alter table watch_list_entry add column external_id text unique;

-- Records delivered to the national system, by idempotency key (decision 0523): delivered once even when retried.
create table exchange_delivery (
    idempotency_key text        primary key,
    kind            text        not null,
    delivered_at    timestamptz not null default now()
);
