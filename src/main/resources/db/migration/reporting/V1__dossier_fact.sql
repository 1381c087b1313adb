-- Reporting read model: one row per dossier, projected from dossier.DossierStatusChanged events.
-- Holds no personal data (no applicant fields): the dashboards need none.
create table dossier_fact (
    code                  text        primary key,
    procedure_code        text        not null,
    procedure_name        text        not null,
    receiving_agency_code text        not null,
    competent_agency_code text        not null,
    channel               text        not null check (channel in ('ONLINE', 'COUNTER', 'KIOSK', 'POSTAL', 'ASSISTED')),
    status                text        not null,
    national_status       smallint    not null check (national_status between 1 and 10),
    received_at           timestamptz,
    due_at                timestamptz,
    finished_at           timestamptz,
    supplement_count      integer     not null default 0 check (supplement_count >= 0),
    extended              boolean     not null default false,
    -- only for processed dossiers (national status 9 or 10); null otherwise
    timeliness            text        check (timeliness in ('EARLY', 'ON_TIME', 'LATE')),
    -- working minutes from receipt to result, only for processed dossiers
    processing_minutes    bigint      check (processing_minutes >= 0),
    -- sequence of the newest event applied: older or repeated events are ignored
    last_sequence         integer     not null check (last_sequence > 0),
    updated_at            timestamptz not null default now(),
    check ((timeliness is null) or national_status in (9, 10))
);

create index dossier_fact_competent_idx on dossier_fact (competent_agency_code);
create index dossier_fact_receiving_idx on dossier_fact (receiving_agency_code);
create index dossier_fact_received_at_idx on dossier_fact (received_at);
create index dossier_fact_finished_at_idx on dossier_fact (finished_at) where finished_at is not null;
create index dossier_fact_open_due_idx on dossier_fact (due_at) where national_status in (1, 2, 4, 5, 6);
create index dossier_fact_procedure_idx on dossier_fact (procedure_code);
