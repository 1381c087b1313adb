-- Citizens' ratings of a visit (decision 0426): once per ticket.
create table rating (
    id        bigint generated always as identity primary key,
    ticket_id bigint      not null unique references ticket (id),
    centre    text        not null,
    rating    text        not null check (rating in ('SATISFIED', 'ACCEPTABLE', 'NOT_SATISFIED')),
    reason    text check (length(reason) <= 500),
    counter   text,
    officer   text,
    at        timestamptz not null
);
create index rating_centre_at on rating (centre, at);
