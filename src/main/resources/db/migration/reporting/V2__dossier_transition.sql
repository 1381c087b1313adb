-- When each dossier entered each status, kept to measure the time spent waiting for the applicant's
-- supplement, which does not count as processing time (Decision 766, DOMAIN.md §3).
create table dossier_transition (
    code     text        not null,
    sequence integer     not null check (sequence > 0),
    status   text        not null,
    at       timestamptz not null,
    primary key (code, sequence)
);
