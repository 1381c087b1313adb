-- The floor's configuration per centre (issue 4): counters with their work profiles, the procedures each line
-- serves, the service-level target; and what transfers, parks and statistics need on tickets and their events.

-- A counter (desk). Inactive counters stay for the history (statistics name them) but call nothing.
create table counter (
    id      bigint generated always as identity primary key,
    centre  text    not null check (length(centre) between 1 and 40),
    code    text    not null check (code ~ '^[A-Za-z0-9]{1,8}$'),
    name_vi text    not null,
    name_en text    not null,
    name_id text    not null,
    active  boolean not null default true,
    unique (centre, code)
);

-- A counter's work profile: ordered steps (line to call). A step with longest_wait_over_minutes is a condition step:
-- tried before every ordinary step when the line's longest waiting ticket has waited more than that (decision 0403).
create table counter_step (
    counter_id                bigint  not null references counter (id) on delete cascade,
    position                  integer not null check (position >= 1),
    line_id                   bigint  not null references queue_line (id),
    longest_wait_over_minutes integer check (longest_wait_over_minutes between 1 and 480),
    primary key (counter_id, position)
);
create unique index counter_step_ordinary on counter_step (counter_id, line_id) where longest_wait_over_minutes is null;
create unique index counter_step_condition on counter_step (counter_id, line_id) where longest_wait_over_minutes is not null;

-- Which line serves a catalogue procedure at a centre (by business code: no foreign key to catalog): one line per
-- procedure and centre, so a procedure kiosk or an appointment finds its line.
create table line_procedure (
    line_id        bigint not null references queue_line (id) on delete cascade,
    centre         text   not null,
    procedure_code text   not null check (length(procedure_code) between 1 and 60),
    primary key (line_id, procedure_code),
    unique (centre, procedure_code)
);

-- Per centre settings of the floor; a centre without a row uses onedoor.queue.target-wait (decision 0404).
create table centre_setting (
    centre              text    primary key check (length(centre) between 1 and 40),
    target_wait_minutes integer not null check (target_wait_minutes between 1 and 480)
);

-- Parked tickets are listed oldest first; the service time of a finished visit is kept for the estimated wait.
alter table ticket add column parked_at timestamptz;
alter table ticket add column service_seconds integer check (service_seconds >= 0);

-- Every event records the line the ticket was in (a transfer moves it) and, for TRANSFERRED, where it went.
alter table ticket_event add column line_id bigint references queue_line (id);
update ticket_event e set line_id = t.line_id from ticket t where t.id = e.ticket_id;
alter table ticket_event alter column line_id set not null;
alter table ticket_event add column to_line_id bigint references queue_line (id);
alter table ticket_event add column to_counter text;
alter table ticket_event add constraint ticket_event_transfer_target
    check ((type = 'TRANSFERRED') = (to_line_id is not null));

-- A transfer moves a ticket to another line with its code (A003 may wait in line B next to B003): a code is unique
-- per centre and day, the number per line of issue and day (number_counter).
alter table ticket drop constraint ticket_line_id_day_number_key;
create unique index ticket_code_of_day on ticket (centre, day, code);

-- call next: today's oldest waiting tickets by place in the line (tickets left from an earlier day are not called);
-- tickets waiting for one counter apart
drop index ticket_waiting;
create index ticket_waiting on ticket (centre, day, line_id, queue_at, id) where status = 'WAITING' and counter is null;
create index ticket_waiting_for_counter on ticket (centre, day, counter, queue_at, id)
    where status = 'WAITING' and counter is not null;
create index ticket_parked on ticket (centre, counter, parked_at) where status = 'PARKED';
create index ticket_day on ticket (centre, day);
