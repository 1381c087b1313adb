-- Every notification sent to an applicant, one row per dossier transition and channel. The primary key is the
-- idempotency key: a redelivered DossierStatusChanged event finds its row and sends nothing again.
create table sent (
    dossier_code varchar(64)  not null,
    sequence     integer      not null check (sequence > 0),
    channel      varchar(16)  not null check (channel in ('EMAIL', 'SMS')),
    recipient    varchar(320) not null,
    notice       varchar(32)  not null,
    sent_at      timestamptz  not null default now(),
    primary key (dossier_code, sequence, channel)
);

create index sent_sent_at on sent (sent_at);

comment on table sent is 'Notifications sent to applicants; the primary key makes redelivery of an event harmless';
comment on column sent.notice is 'what the message announced: the new status, or EXTENDED for an apology with a new date';
