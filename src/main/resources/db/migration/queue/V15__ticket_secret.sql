-- The mobile ticket: /queue/{centre}/tickets/{id}?s=<secret> lets the citizen follow the ticket on the phone.
-- The id is a sequence; the secret makes the address unguessable (122 random bits of a version-4 UUID, hex).
-- The database draws it on insert, so every entry point (kiosk, web, reception, appointment, walk-in) gets one.
alter table ticket add column secret text not null default replace(gen_random_uuid()::text, '-', '');
alter table ticket add constraint ticket_secret_length check (length(secret) = 32);
