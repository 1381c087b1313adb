-- "Call next" reads the head of each line it may call from (decision 0415): one short index range per line, ordinary
-- and priority tickets in separate indexes whose predicates the two statements name literally, so a call costs the
-- same with 10 or 10,000 tickets waiting.
create index ticket_line_head on ticket (centre, day, line_id, queue_at, id)
    where status = 'WAITING' and counter is null and priority_group is null;
create index ticket_line_head_priority on ticket (centre, day, line_id, queue_at, id)
    where status = 'WAITING' and counter is null and priority_group is not null;

-- Places ahead and waiting counts are per line, including tickets transferred to one counter: one index serves them
-- (and the oldest ticket of a line for the work profile's conditions); the two above take over its other use.
drop index ticket_waiting;
create index ticket_line_waiting on ticket (centre, day, line_id, queue_at, id) where status = 'WAITING';
