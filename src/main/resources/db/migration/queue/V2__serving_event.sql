-- The start of service is an event of its own (service time = DONE - SERVING).
alter table ticket_event drop constraint ticket_event_type_check;
alter table ticket_event add constraint ticket_event_type_check
    check (type in ('ISSUED', 'CALLED', 'RECALLED', 'SERVING', 'NO_SHOW', 'DONE'));
