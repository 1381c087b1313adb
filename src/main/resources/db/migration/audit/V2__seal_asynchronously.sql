-- Appends no longer lock the chain head: a business transaction only inserts its row (hash, prev_hash and
-- chain_seq null = "unsealed"); the sealer (JdbcAuditSealer, every onedoor.audit.seal-every) locks the head in a
-- short transaction of its own and chains the committed unsealed rows in id order. The chain order is chain_seq,
-- not id: a row committed late by a long transaction gets a later chain_seq than rows with higher ids.
alter table audit_event add column chain_seq bigint unique;
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
-- Canonical form the hash was computed with: 1 = V1 (without chain_seq, rows chained before this migration),
-- 2 = with chain_seq. Changing it changes the canonical form, so the row's hash check fails: it cannot hide edits.
alter table audit_event add column hash_format smallint not null default 2 check (hash_format in (1, 2));

-- Backfill: under V1 the head lock made chain order = id order. chain_seq is dense (1, 2, 3 ...).
update audit_event e set chain_seq = o.seq, hash_format = 1
from (select id, row_number() over (order by id) as seq from audit_event) o
where e.id = o.id;

alter table audit_event add constraint audit_event_sealed_together
    check ((hash is null) = (prev_hash is null) and (hash is null) = (chain_seq is null));

-- The sealer's work queue: small, because rows leave it within a second.
create index audit_event_unsealed_idx on audit_event (id) where hash is null;

alter table chain_head add column last_seq bigint not null default 0;
update chain_head set last_seq = (select count(*) from audit_event) where id = 1;
