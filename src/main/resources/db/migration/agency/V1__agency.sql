-- Agencies ("cơ quan, đơn vị") with both official identifier codes and their merger/rename history.
-- code:     QCVN 102:2016 format, level-1 code on the right (000.00.12.H23); the primary key dossier codes use.
-- code2020: Decision 20/2020/QĐ-TTg format, level-1 code first (H23.12), up to 35 characters of A–Z, 0–9, dots.
create table agency (
    code           text primary key
                   check (code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
    code2020       text unique
                   check (code2020 is null or (length(code2020) <= 35 and code2020 ~ '^[A-Z][0-9]{2}(\.[A-Z0-9]+)*$')),
    name           text not null check (length(trim(name)) > 0),
    name_en        text not null check (length(trim(name_en)) > 0),
    level          text not null check (level in ('PROVINCE', 'DEPARTMENT', 'COMMUNE', 'SERVICE_CENTRE', 'OTHER')),
    parent_code    text references agency (code),
    province_code  text not null references agency (code),
    active         boolean not null default true,
    successor_code text references agency (code),
    valid_from     date,
    valid_to       date,
    check (valid_to is null or valid_from is null or valid_to >= valid_from),
    check (successor_code is null or successor_code <> code),
    check (active or valid_to is not null),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index agency_parent_idx on agency (parent_code);
create index agency_province_idx on agency (province_code);

-- What happened to an agency: created, renamed, merged into another, dissolved.
create table agency_history (
    id             bigserial primary key,
    agency_code    text not null references agency (code),
    event          text not null check (event in ('CREATED', 'RENAMED', 'MERGED', 'DISSOLVED', 'UPDATED')),
    successor_code text references agency (code),
    effective_on   date not null,
    old_name       text,
    new_name       text,
    note           text,
    recorded_at    timestamptz not null default now(),
    recorded_by    text not null
);
create index agency_history_agency_idx on agency_history (agency_code, effective_on);
