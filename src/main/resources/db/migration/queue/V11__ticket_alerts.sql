-- Alerts to a citizen who left a phone or e-mail with a ticket (decision 0423): once when the ticket is N places
-- from being called, once at the call. The *_at columns record that the message was put in the outbox.
create table ticket_alert (
    ticket_id    bigint      primary key references ticket (id),
    centre       text        not null,
    phone        text check (length(phone) <= 20),
    email        text check (length(email) <= 254),
    locale       text        not null default 'vi' check (locale in ('vi', 'en', 'id')),
    near_sent_at   timestamptz,
    called_sent_at timestamptz,
    check (phone is not null or email is not null)
);
-- the alerts whose "N places away" message is still to send (few at a time)
create index ticket_alert_pending on ticket_alert (centre) where near_sent_at is null and called_sent_at is null;
