-- Public (anonymous) reads get their own append-only access log, sealed in blocks (decision 0260): a batch of
-- reads is written with one COPY and one block row whose hash covers every row of the batch, chained to the
-- previous block. No per-row hash, no per-row update, three cheap indexes instead of audit_event's seven.

-- One row per sealed block: hash = sha256(prev_hash || canonical(block seq, row count, every row in pos order)).
create table read_block (
    seq       bigint primary key,
    sealed_at timestamptz not null,
    row_count int not null check (row_count > 0),
    first_at  timestamptz not null,   -- earliest and latest read of the block: lets the verifier prune partitions
    last_at   timestamptz not null,
    prev_hash char(64) not null,
    hash      char(64) not null
);

-- The block chain's head, locked by the writer for the length of one block's transaction (one node at a time).
create table read_head (
    id        int primary key check (id = 1),
    last_seq  bigint not null,
    last_hash char(64) not null
);
insert into read_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- The reads. Partitioned by month of the read (UTC); the application creates the partition of the current and the
-- next month before it writes (ReadLogWriter), so no partition management job is needed. No primary key: a read is
-- identified by (block_seq, pos), and the verifier catches duplicates and gaps through the block's row count and
-- hash. No actor_agency: only reads by the anonymous public are logged here.
create table read_log (
    at           timestamptz not null,
    block_seq    bigint not null,
    pos          int not null,
    actor        text not null,
    action       text not null,
    subject_type text,
    subject_id   text,
    detail       text,
    client_ip    text
) partition by range (at);

-- Monotonic key (right-most leaf inserts only): the verifier's walk and the admin page's "newest first".
create index read_log_block_idx on read_log (block_seq, pos);
-- "Who looked at my dossier" and the admin page's subject search.
create index read_log_subject_idx on read_log (subject_id, at);
-- Date-range searches within a month; a BRIN index costs almost nothing on an append-only table.
create index read_log_at_brin on read_log using brin (at);
