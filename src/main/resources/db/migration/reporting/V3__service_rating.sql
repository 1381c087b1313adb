-- Citizens' ratings of their visits, from the queue module's ServiceRated events (decision 0427); the satisfaction
-- indicator is computed from them. rating_id is the queue's id: storing an event twice is a no-op.
create table service_rating (
    rating_id    bigint      primary key,
    centre       text        not null,
    ticket_code  text,
    counter      text,
    officer      text,
    rating       text        not null check (rating in ('SATISFIED', 'ACCEPTABLE', 'NOT_SATISFIED')),
    reason       text,
    dossier_code text,
    at           timestamptz not null
);
create index service_rating_centre_at on service_rating (centre, at);
create index service_rating_dossier on service_rating (dossier_code) where dossier_code is not null;
