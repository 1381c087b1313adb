-- Appointments booked online (issue 4, decision 0420): slots from the working calendar, a capacity per slot,
-- check-in at the centre within an early/late window.

-- Per line: how long a slot lasts and how many citizens it takes (no row: the defaults of onedoor.queue.visit.*).
create table appointment_line (
    line_id      bigint  primary key references queue_line (id),
    slot_minutes integer not null check (slot_minutes between 5 and 240),
    capacity     integer not null check (capacity between 1 and 100)
);

-- Per centre: the check-in window, the booking horizon and the "N places away" alert (no row: the defaults).
create table visit_setting (
    centre         text    primary key,
    early_minutes  integer not null check (early_minutes between 0 and 240),
    late_minutes   integer not null check (late_minutes between 0 and 240),
    horizon_days   integer not null check (horizon_days between 1 and 90),
    alert_places   integer not null check (alert_places between 1 and 50)
);

-- Places taken per line and slot start (Vietnam local time). Booking increments it with a conditional upsert that
-- row-locks it, so concurrent bookings never exceed the capacity; the check is the last line of defence.
create table appointment_slot (
    line_id  bigint    not null references queue_line (id),
    start    timestamp not null,
    booked   integer   not null check (booked >= 0),
    capacity integer   not null check (capacity >= 1),
    primary key (line_id, start),
    check (booked <= capacity)
);

create table appointment (
    id             bigint generated always as identity primary key,
    code           text        not null unique check (code ~ '^[A-Z2-9]{8}$'),
    secret_hash    text        not null,
    centre         text        not null,
    line_id        bigint      not null references queue_line (id),
    start          timestamp   not null,
    name           text        not null check (length(name) between 1 and 200),
    phone          text check (length(phone) <= 20),
    email          text check (length(email) <= 254),
    procedure_code text,
    locale         text        not null default 'vi' check (locale in ('vi', 'en', 'id')),
    status         text        not null check (status in ('BOOKED', 'CHECKED_IN', 'CANCELLED', 'MISSED')),
    -- checked in after the window: served as an ordinary walk-in ticket
    late           boolean     not null default false,
    ticket_id      bigint references ticket (id),
    created_at     timestamptz not null,
    checked_in_at  timestamptz,
    check (phone is not null or email is not null)
);
create index appointment_line_start on appointment (line_id, start);
