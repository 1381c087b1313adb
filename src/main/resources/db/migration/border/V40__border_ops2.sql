-- Border gate (issue 5, border-ops2): pepper in the commodity table, guard's photos, tonnage tolerance settings and
-- the file-drop inbox of watch-list updates.

-- Black pepper from Ratanakiri farms is imported through Lệ Thanh (decision 0541).
insert into commodity (hs_code, name_vi, name_en, default_unit, by_vehicle)
values ('0904', 'Hạt tiêu', 'Pepper (Piper)', 'TNE', true)
on conflict (hs_code) do nothing;

-- The guard may attach a photo taken at the clearance screen (decision 0542).
alter table crossing_image drop constraint crossing_image_kind_check;
alter table crossing_image add constraint crossing_image_kind_check
    check (kind in ('FINGERPRINT', 'FACE', 'DOCUMENT', 'PHOTO'));

-- Tonnage tolerance per gate, optionally per commodity (decision 0543); no row = onedoor.border.goods defaults.
create table tonnage_tolerance (
    gate           text          not null check (length(gate) between 1 and 40),
    commodity      text          references commodity (hs_code),
    percent        numeric(5, 2) not null check (percent between 0 and 50),
    minimum_tonnes numeric(6, 3) not null check (minimum_tonnes between 0 and 10),
    changed_by     text          not null,
    changed_at     timestamptz   not null default now(),
    unique nulls not distinct (gate, commodity)
);

-- Files dropped into the exchange inbox, by SHA-256: a file dropped twice is applied once (decision 0544).
create table exchange_inbox_file (
    sha256     text        primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name  text        not null,
    updates    integer     not null check (updates >= 0),
    applied_at timestamptz not null default now()
);

-- Goods crossings by decision time for the statistics' processing-time figures.
create index vehicle_crossing_goods_idx on vehicle_crossing (gate, decided_at) where kind = 'GOODS' and decided_at is not null;
