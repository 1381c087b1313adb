-- Reads are written already sealed by their batch (decision 0241). The chain position (chain_seq, unique) identifies
-- a link; a unique index on the 64-character hash only cost a random-key B-tree insert per row.
alter table audit_event drop constraint audit_event_hash_key;
