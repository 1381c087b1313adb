-- Smart border gate (issue 5, first slice): persons' pre-declarations, the watch list, and the crossing register.
-- A gate is an agency (its business code, e.g. 000.00.40.H21 Lệ Thanh); no foreign keys to other schemas.

create table declaration (
    id              bigint generated always as identity primary key,
    reference       text        not null unique check (reference ~ '^BD-[0-9A-Z]{10}$'),
    gate            text        not null check (length(gate) between 1 and 40),
    document_type   text        not null check (document_type in ('PASSPORT', 'BORDER_PASS', 'ID_CARD')),
    document_number text        not null check (document_number ~ '^[A-Z0-9]{1,20}$'),
    surname         text        not null check (length(surname) between 1 and 100),
    given_names     text        not null check (length(given_names) <= 100),
    nationality     text        not null check (nationality ~ '^[A-Z]{3}$'),
    date_of_birth   date        not null,
    purpose         text        not null check (purpose in ('WORK', 'TRADE', 'VISIT_FAMILY', 'TOURISM', 'OFFICIAL', 'OTHER')),
    planned_date    date        not null,
    direction       text        not null check (direction in ('ENTRY', 'EXIT')),
    language        text        not null default 'vi',
    created_at      timestamptz not null default now(),
    check (planned_date >= date_of_birth)
);
-- the gate finds a pre-declaration from the document it reads
create index declaration_document_idx on declaration (document_number, nationality, planned_date);

create table watch_list_entry (
    id            bigint generated always as identity primary key,
    full_name     text        not null check (length(full_name) between 1 and 200),
    date_of_birth date,
    nationality   text check (nationality ~ '^[A-Z]{3}$'),
    reason        text        not null check (length(reason) between 1 and 500),
    source        text        not null,
    active        boolean     not null default true,
    listed_at     timestamptz not null default now(),
    changed_at    timestamptz not null default now()
);
-- the in-memory index loads the active entries at start and follows changes by changed_at (decision 0501)
create index watch_list_entry_changed_idx on watch_list_entry (changed_at);

-- One person's passage through a gate: opened by the first scan, closed by the officer's decision.
-- The crossing register (sổ theo dõi xuất nhập cảnh) is the decided rows.
create table crossing (
    id                    bigint generated always as identity primary key,
    gate                  text        not null,
    direction             text        not null check (direction in ('ENTRY', 'EXIT')),
    document_type         text        not null check (document_type in ('PASSPORT', 'BORDER_PASS', 'ID_CARD')),
    document_number       text        not null,
    issuing_state         text,
    surname               text        not null,
    given_names           text        not null,
    nationality           text        not null,
    date_of_birth         date,
    date_of_expiry        date,
    declaration_reference text,
    document_problems     text        not null default '',
    watch_list_hits       integer     not null default 0 check (watch_list_hits >= 0),
    watch_list_detail     text        not null default '',
    opened_by             text        not null,
    first_scan_at         timestamptz not null,
    decision              text check (decision in ('CLEAR', 'SECONDARY', 'REFUSE')),
    reason                text,
    decided_by            text,
    decided_at            timestamptz,
    check ((decision is null) = (decided_at is null)),
    check (decision is distinct from 'REFUSE' or length(reason) > 0),
    check (decided_at is null or decided_at >= first_scan_at)
);
create index crossing_register_idx on crossing (gate, decided_at) where decided_at is not null;
create index crossing_document_idx on crossing (document_number, nationality);
