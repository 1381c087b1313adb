-- Working calendar of the jurisdiction (docs/calendar.md). Reference data every installation needs.

-- Office hours and the daily cut-off: one row (id = 1), editable by administrators.
create table working_hours (
    id              smallint    primary key default 1 check (id = 1),
    morning_start   time        not null,
    morning_end     time        not null,
    afternoon_start time        not null,
    afternoon_end   time        not null,
    cutoff          time        not null,   -- Decree 61/2018 Art. 18: received after this → next working day
    updated_at      timestamptz not null default now(),
    constraint working_hours_in_order check (morning_start < morning_end and morning_end <= afternoon_start
                                             and afternoon_start < afternoon_end),
    constraint working_hours_cutoff_inside check (cutoff between morning_start and afternoon_end)
);

insert into working_hours (id, morning_start, morning_end, afternoon_start, afternoon_end, cutoff)
values (1, '07:30', '11:30', '13:00', '17:00', '15:00');

-- Exceptions to the Monday–Friday week: days off (holidays, Tết, compensatory days, swapped days) and make-up
-- working days (a Saturday or Sunday worked in exchange).
create table calendar_day (
    day        date        primary key,
    kind       text        not null check (kind in ('HOLIDAY', 'MAKEUP_WORKING_DAY')),
    name_vi    text        not null check (length(name_vi) between 1 and 200),
    name_en    text        not null check (length(name_en) between 1 and 200),
    source     text        not null default '' check (length(source) <= 500),
    updated_at timestamptz not null default now(),
    constraint calendar_day_makeup_on_weekend check (kind <> 'MAKEUP_WORKING_DAY' or extract(isodow from day) in (6, 7))
);

-- Where each year's data comes from, and whether an official decision confirmed it.
create table calendar_year (
    year     integer primary key check (year between 2000 and 2100),
    verified boolean not null,
    note_vi  text    not null,
    note_en  text    not null
);
