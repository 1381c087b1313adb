-- Dossiers ("hồ sơ"): one row per dossier with its applicant, routing, workflow position and deadlines.
create table dossier (
    code                  text primary key,              -- <receiving agency code>-YYMMDD-NNNN
    version               integer     not null default 0,  -- optimistic lock, +1 per transition
    procedure_code        text        not null,
    procedure_version     integer     not null,
    procedure_name        text        not null,
    time_limit_amount     integer     not null check (time_limit_amount >= 0),
    time_limit_unit       text        not null check (time_limit_unit in ('WORKING_DAYS', 'WORKING_HOURS')),
    workflow_id           text        not null,
    workflow_version      integer     not null,
    step_id               text        not null,
    status                text        not null check (status in ('NEW', 'RECEIVED', 'REFUSED_AT_INTAKE', 'PROCESSING',
                              'CONSULTING', 'SIGNING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'WITHDRAWN',
                              'STOPPED', 'RESULT_READY', 'RESULT_RETURNED')),
    channel               text        not null check (channel in ('ONLINE', 'COUNTER', 'KIOSK', 'POSTAL', 'ASSISTED')),
    receiving_agency_code text        not null,
    competent_agency_code text        not null,
    applicant_type        text        not null check (applicant_type in ('CITIZEN', 'BUSINESS')),
    applicant_id_number   text        check (applicant_id_number ~ '^[0-9]{12}$'),
    applicant_business_code text      check (applicant_business_code ~ '^[0-9]{10}([0-9]{3})?$'),
    applicant_name        text        not null check (length(applicant_name) between 1 and 200),
    applicant_birth_date  date,
    applicant_phone       text,
    applicant_email       text,
    applicant_address     text,
    applicant_locale      text        not null default 'vi',
    declared_components   text[]      not null default '{}',
    submission_token_hash text        not null,
    assignee              text,
    submitted_at          timestamptz not null,
    received_at           timestamptz,            -- the desk received it (legal clock started)
    clock_start           timestamptz,            -- start of the current legal clock (restarts after a supplement)
    due_at                timestamptz not null,
    step_due_at           timestamptz,
    finished_at           timestamptz,            -- result ready or final
    paused_at             timestamptz,            -- waiting for the applicant's supplement
    supplement_count      integer     not null default 0,
    extended              boolean     not null default false,
    history_count         integer     not null default 0,
    constraint applicant_identified check (
        (applicant_type = 'CITIZEN' and applicant_id_number is not null and applicant_birth_date is not null)
        or (applicant_type = 'BUSINESS' and applicant_business_code is not null))
);
create index dossier_competent_status on dossier (competent_agency_code, status);
create index dossier_receiving_status on dossier (receiving_agency_code, status);
create index dossier_due on dossier (due_at) where finished_at is null;
create index dossier_procedure on dossier (procedure_code);

create table dossier_file (
    id             bigserial primary key,
    dossier_code   text        not null references dossier (code),
    component_code text        not null,
    file_name      text        not null,
    media_type     text        not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size           bigint      not null check (size > 0),
    uploaded_at    timestamptz not null,
    uploaded_by    text        not null
);
create index dossier_file_dossier on dossier_file (dossier_code);

-- One row per transition, written in the same transaction as the dossier update ("quá trình xử lý").
create table dossier_history (
    dossier_code text        not null references dossier (code),
    sequence     integer     not null check (sequence > 0),
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    comment      text,
    from_status  text,
    to_status    text        not null,
    from_step    text,
    step_id      text        not null,
    step_due_at  timestamptz,
    due_at       timestamptz not null,
    primary key (dossier_code, sequence)
);

-- Parallel consultation branches ("liên thông"): one per consulted agency and round.
create table consultation (
    dossier_code text        not null references dossier (code),
    round        integer     not null,
    agency_code  text        not null,
    requested_at timestamptz not null,
    due_at       timestamptz not null,
    replied_at   timestamptz,
    replied_by   text,
    reply        text,
    primary key (dossier_code, round, agency_code)
);
create index consultation_agency_open on consultation (agency_code) where replied_at is null;

-- Per receiving agency, per day (Vietnam date) counter of dossier codes. Incremented inside the submission
-- transaction (INSERT … ON CONFLICT DO UPDATE … RETURNING), so a rolled-back submission leaves no gap.
create table code_counter (
    agency_code text    not null,
    day         date    not null,
    n           integer not null check (n > 0),
    primary key (agency_code, day)
);

-- Idempotency-Key of submissions: same key and same request → the first receipt again.
create table idempotency_key (
    key          text primary key check (length(key) between 1 and 200),
    request_hash text        not null,
    dossier_code text,
    response     text,
    created_at   timestamptz not null default now()
);
