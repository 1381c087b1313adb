-- Service-centre floor (issue 4): queues (lines) with their daily number series, tickets and every ticket event.
-- A centre is an agency (its business code); no foreign keys to other schemas.

create table queue_line (
    id             bigint generated always as identity primary key,
    centre         text    not null check (length(centre) between 1 and 40),
    prefix         text    not null check (prefix ~ '^[A-Z]$'),
    name_vi        text    not null,
    name_en        text    not null,
    name_id        text    not null,
    -- every n-th call of a counter takes the oldest priority ticket if one waits (decision 0400)
    priority_every integer not null default 3 check (priority_every between 1 and 100),
    unique (centre, prefix)
);

-- Per centre, line and day (Vietnam date): the last ticket number. Incremented inside the issuing transaction
-- (INSERT … ON CONFLICT DO UPDATE … RETURNING), which row-locks it: numbers are consecutive, a rollback leaves no gap.
create table number_counter (
    line_id bigint  not null references queue_line (id),
    day     date    not null,
    n       integer not null check (n > 0),
    primary key (line_id, day)
);

create table ticket (
    id             bigint generated always as identity primary key,
    centre         text        not null,
    line_id        bigint      not null references queue_line (id),
    day            date        not null,
    number         integer     not null check (number > 0),
    code           text        not null,
    priority_group text check (priority_group in ('ELDERLY', 'DISABLED', 'PREGNANT', 'INFANT')),
    status         text        not null check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    issued_at      timestamptz not null,
    called_at      timestamptz,
    counter        text,
    version        integer     not null default 0,
    unique (line_id, day, number)
);
-- call next: the oldest waiting tickets of a centre's lines
create index ticket_waiting on ticket (centre, line_id, id) where status = 'WAITING';
create index ticket_called on ticket (centre, called_at) where called_at is not null;

create table ticket_event (
    id        bigint generated always as identity primary key,
    ticket_id bigint      not null references ticket (id),
    type      text        not null check (type in ('ISSUED', 'CALLED', 'RECALLED', 'NO_SHOW', 'DONE')),
    at        timestamptz not null,
    counter   text,
    officer   text
);
create index ticket_event_ticket on ticket_event (ticket_id, id);

-- Per centre, counter and day: how many tickets the counter has called (empty calls do not count); drives the priority interleave (0400).
create table counter_day (
    centre  text    not null,
    counter text    not null,
    day     date    not null,
    calls   integer not null check (calls >= 0),
    primary key (centre, counter, day)
);
