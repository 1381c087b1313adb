-- Officer and citizen accounts. Officers belong to an agency (QCVN 102 code, no cross-schema key); citizens
-- carry their personal identification number instead.
create table account (
    id              bigserial primary key,
    username        text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
    password_hash   text not null,
    full_name       text not null check (length(trim(full_name)) > 0),
    email           text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    phone           text check (phone is null or phone ~ '^\+?[0-9]{8,15}$'),
    agency_code     text,
    id_number       text unique check (id_number is null or id_number ~ '^[0-9]{12}$'),
    date_of_birth   date,
    enabled         boolean not null default true,
    locked_until    timestamptz,
    failed_attempts int not null default 0 check (failed_attempts >= 0),
    created_at      timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);
create index account_agency_idx on account (agency_code);

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       text not null check (role in ('DESK_OFFICER', 'SPECIALIST', 'LEADER', 'SIGNER', 'CENTRE_MANAGER', 'ADMIN', 'CITIZEN')),
    primary key (account_id, role)
);
create index account_role_role_idx on account_role (role, account_id);

create table account_permission (
    account_id bigint not null references account (id) on delete cascade,
    permission text not null check (permission in ('POPULATION_LOOKUP', 'PERSONAL_DATA_READ')),
    primary key (account_id, permission)
);
