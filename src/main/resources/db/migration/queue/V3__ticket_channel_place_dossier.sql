-- Where a ticket came from, its place in the line (the issue time, or an appointment's booked time) and the dossier
-- received during the visit; parked tickets and transfers.
alter table ticket add column channel text not null default 'KIOSK'
    check (channel in ('KIOSK', 'WEB', 'RECEPTION', 'APPOINTMENT', 'WALK_IN'));
alter table ticket add column queue_at timestamptz;
update ticket set queue_at = issued_at;
alter table ticket alter column queue_at set not null;
alter table ticket add column dossier_code text;

alter table ticket drop constraint ticket_status_check;
alter table ticket add constraint ticket_status_check
    check (status in ('WAITING', 'CALLED', 'SERVING', 'PARKED', 'DONE', 'NO_SHOW'));

alter table ticket_event drop constraint ticket_event_type_check;
alter table ticket_event add constraint ticket_event_type_check
    check (type in ('ISSUED', 'CALLED', 'RECALLED', 'SERVING', 'PARKED', 'RESUMED', 'TRANSFERRED', 'NO_SHOW', 'DONE'));
