-- Append-only, hash-chained audit trail. Each row's hash = sha256(prev_hash || canonical row), so editing or
-- deleting any row breaks the chain from that row on (AuditVerifier finds the first broken link).
create table audit_event (
    id           bigint primary key,
    at           timestamptz not null,
    actor        text not null,
    actor_agency text,
    action       text not null,
    subject_type text,
    subject_id   text,
    detail       text,
    client_ip    text,
    prev_hash    char(64) not null,
    hash         char(64) not null unique
);
create sequence audit_event_id_seq owned by audit_event.id;

create index audit_event_at_idx on audit_event (at desc);
create index audit_event_actor_idx on audit_event (actor, at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, at desc);
create index audit_event_action_idx on audit_event (action, at desc);

-- The single row every append locks (SELECT ... FOR UPDATE): appends are serialised, so the chain stays linear
-- under concurrency, and the head also catches deletion of the newest rows.
create table chain_head (
    id        int primary key check (id = 1),
    last_id   bigint not null,
    last_hash char(64) not null
);
insert into chain_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));
