-- The floor's settings administration (issue 4, decisions 0440-0442).

-- A line with tickets can never be deleted (its tickets and events refer to it and feed the statistics): it leaves
-- the floor by deactivation. Inactive lines issue no tickets, are called by no counter, show on no board or kiosk,
-- but still appear in the statistics of the days they served (decision 0440).
alter table queue_line add column active boolean not null default true;

-- Optimistic concurrency of a counter's settings and work profile: every save increments it; a save made from an
-- older version is refused (decision 0442).
alter table counter add column version integer not null default 0;
