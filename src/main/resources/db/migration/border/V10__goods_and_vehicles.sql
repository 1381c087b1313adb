-- Smart border gate, goods and vehicles (issue 5): the commodities that cross at Lệ Thanh, vehicle and consignment
-- pre-declarations (single or recurring trips), businesses' worker lists, and the vehicle/goods crossing register.

-- Commodities crossing at Lệ Thanh (reference data every installation needs; decision 0511). hs_code is a heading
-- (4 digits), subheading (6) or AHTN national line (8); a declared code belongs to the longest code here that is a
-- prefix of it. by_vehicle = false: not carried through the gate lanes (electricity comes by the power line).
create table commodity (
    hs_code      text    primary key check (hs_code ~ '^([0-9]{4}|[0-9]{6}|[0-9]{8})$'),
    name_vi      text    not null,
    name_en      text    not null,
    default_unit text    not null check (default_unit in ('TNE', 'KGM', 'PCE', 'UNT', 'MWH', 'LTR', 'PKG')),
    by_vehicle   boolean not null default true
);

insert into commodity (hs_code, name_vi, name_en, default_unit, by_vehicle) values
    ('07141011', 'Sắn lát khô', 'Dried cassava chips', 'TNE', true),
    ('071410',   'Sắn (củ sắn tươi, sắn viên)', 'Cassava (fresh roots, pellets)', 'TNE', true),
    ('08013100', 'Hạt điều thô (chưa bóc vỏ)', 'Raw cashew nuts, in shell', 'TNE', true),
    ('08013200', 'Hạt điều đã bóc vỏ', 'Cashew nuts, shelled', 'TNE', true),
    ('120241',   'Lạc (đậu phộng) còn vỏ', 'Groundnuts (peanuts), in shell', 'TNE', true),
    ('120242',   'Lạc (đậu phộng) đã bóc vỏ', 'Groundnuts (peanuts), shelled', 'TNE', true),
    ('120190',   'Đậu tương (đậu nành)', 'Soya beans', 'TNE', true),
    ('0803',     'Chuối tươi hoặc khô', 'Bananas, fresh or dried', 'TNE', true),
    ('080450',   'Xoài, ổi, măng cụt', 'Mangoes, guavas and mangosteens', 'TNE', true),
    ('1005',     'Ngô (bắp)', 'Maize (corn)', 'TNE', true),
    ('4001',     'Cao su tự nhiên', 'Natural rubber', 'TNE', true),
    ('0901',     'Cà phê', 'Coffee', 'TNE', true),
    ('4403',     'Gỗ tròn', 'Wood in the rough', 'TNE', true),
    ('3102',     'Phân bón khoáng hoặc hoá học có chứa nitơ (phân đạm)', 'Nitrogenous mineral or chemical fertilisers', 'TNE', true),
    ('3104',     'Phân bón khoáng hoặc hoá học có chứa kali', 'Potassic mineral or chemical fertilisers', 'TNE', true),
    ('3105',     'Phân bón hỗn hợp (NPK) và phân bón khác', 'Mixed (NPK) and other fertilisers', 'TNE', true),
    ('8429',     'Máy ủi, máy xúc, máy đào và máy san', 'Bulldozers, excavators, graders', 'UNT', true),
    ('8432',     'Máy nông nghiệp làm đất, gieo trồng', 'Agricultural soil-preparation and planting machinery', 'UNT', true),
    ('8433',     'Máy thu hoạch, máy đập', 'Harvesting and threshing machinery', 'UNT', true),
    ('8701',     'Máy kéo', 'Tractors', 'UNT', true),
    ('8413',     'Bơm chất lỏng', 'Pumps for liquids', 'UNT', true),
    ('2523',     'Xi măng', 'Cement', 'TNE', true),
    ('7214',     'Thép thanh, thép que', 'Bars and rods of iron or steel', 'TNE', true),
    ('2710',     'Xăng dầu', 'Petroleum oils (fuel)', 'LTR', true),
    ('1905',     'Hàng tiêu dùng: bánh, kẹo, bánh quy', 'Consumer goods: bread, biscuits, pastry', 'TNE', true),
    ('2202',     'Hàng tiêu dùng: nước giải khát', 'Consumer goods: soft drinks', 'TNE', true),
    ('1902',     'Hàng tiêu dùng: mì ăn liền, mì sợi', 'Consumer goods: instant noodles, pasta', 'TNE', true),
    ('3401',     'Hàng tiêu dùng: xà phòng', 'Consumer goods: soap', 'TNE', true),
    ('3402',     'Hàng tiêu dùng: bột giặt, chất tẩy rửa', 'Consumer goods: detergents', 'TNE', true),
    ('6402',     'Hàng tiêu dùng: giày dép', 'Consumer goods: footwear', 'PCE', true),
    ('3923',     'Hàng tiêu dùng: đồ nhựa gia dụng, bao bì nhựa', 'Consumer goods: plastic household articles and packing', 'TNE', true),
    ('2716',     'Điện năng', 'Electrical energy', 'MWH', false);

-- Businesses' trips: single (valid_until null) or recurring (valid_until and days of the week, ISO 1 = Monday).
create table vehicle_declaration (
    id                     bigint generated always as identity primary key,
    reference              text        not null unique check (reference ~ '^BV-[0-9A-Z]{10}$'),
    gate                   text        not null check (length(gate) between 1 and 40),
    plate_country          text        not null check (plate_country in ('VNM', 'KHM')),
    plate                  text        not null check (plate ~ '^[A-Z0-9]{5,20}$'),
    vehicle_type           text        not null,
    driver_name            text        not null check (length(driver_name) between 1 and 100),
    driver_document_type   text        not null check (driver_document_type in ('PASSPORT', 'BORDER_PASS', 'ID_CARD')),
    driver_document_number text        not null check (driver_document_number ~ '^[A-Z0-9]{5,20}$'),
    driver_nationality     text        not null check (driver_nationality ~ '^[A-Z]{3}$'),
    direction              text        not null check (direction in ('ENTRY', 'EXIT')),
    planned_date           date        not null,
    valid_until            date,
    days_of_week           text        not null default '' check (days_of_week ~ '^[1-7]*$'),
    business_code          text,
    language               text        not null default 'vi',
    created_at             timestamptz not null default now(),
    check (valid_until is null or valid_until >= planned_date),
    check (valid_until is null or business_code is not null)
);
create index vehicle_declaration_plate_idx on vehicle_declaration (plate, planned_date);

create table vehicle_passenger (
    declaration_id  bigint  not null references vehicle_declaration (id) on delete cascade,
    position        integer not null check (position >= 1),
    full_name       text    not null check (length(full_name) between 1 and 100),
    document_type   text    not null check (document_type in ('PASSPORT', 'BORDER_PASS', 'ID_CARD')),
    document_number text    not null check (document_number ~ '^[A-Z0-9]{5,20}$'),
    nationality     text    not null check (nationality ~ '^[A-Z]{3}$'),
    primary key (declaration_id, position)
);

create table consignment (
    id             bigint generated always as identity primary key,
    reference      text           not null unique check (reference ~ '^BG-[0-9A-Z]{10}$'),
    gate           text           not null check (length(gate) between 1 and 40),
    direction      text           not null check (direction in ('ENTRY', 'EXIT')),
    exporter_name  text           not null check (length(exporter_name) between 1 and 200),
    exporter_code  text           not null default '',
    importer_name  text           not null check (length(importer_name) between 1 and 200),
    importer_code  text           not null default '',
    hs_code        text           not null check (hs_code ~ '^([0-9]{4}|[0-9]{6}|[0-9]{8})$'),
    commodity      text           not null references commodity (hs_code),
    description    text           not null default '',
    quantity       numeric(14, 3) not null check (quantity > 0),
    unit           text           not null,
    tonnes         numeric(10, 3) not null check (tonnes >= 0),
    planned_date   date           not null,
    valid_until    date,
    days_of_week   text           not null default '' check (days_of_week ~ '^[1-7]*$'),
    language       text           not null default 'vi',
    created_at     timestamptz    not null default now(),
    check (valid_until is null or valid_until >= planned_date),
    check (hs_code like commodity || '%')
);

-- The vehicles (plates) that carry a consignment.
create table consignment_vehicle (
    consignment_id bigint not null references consignment (id) on delete cascade,
    plate_country  text   not null check (plate_country in ('VNM', 'KHM')),
    plate          text   not null check (plate ~ '^[A-Z0-9]{5,20}$'),
    primary key (consignment_id, plate)
);
create index consignment_vehicle_plate_idx on consignment_vehicle (plate);

-- A business's list of workers: one person declaration per accepted row (decision 0513).
create table worker_list (
    id            bigint generated always as identity primary key,
    gate          text        not null,
    business_code text        not null,
    file_name     text        not null default '',
    rows_total    integer     not null check (rows_total >= 0),
    rows_declared integer     not null check (rows_declared >= 0),
    uploaded_at   timestamptz not null default now()
);
create table worker_list_row (
    list_id               bigint  not null references worker_list (id) on delete cascade,
    line                  integer not null,
    declaration_reference text    not null references declaration (reference),
    primary key (list_id, line)
);

-- One vehicle's passage (with or without goods): opened by the first scan, weighed, closed by the decision.
-- The persons in it cross through the persons' clearance (border.crossing).
create table vehicle_crossing (
    id                    bigint generated always as identity primary key,
    gate                  text           not null,
    direction             text           not null check (direction in ('ENTRY', 'EXIT')),
    kind                  text           not null check (kind in ('VEHICLE', 'GOODS')),
    plate_country         text,
    plate                 text           not null,
    vehicle_type          text,
    vehicle_reference     text,
    consignment_reference text,
    hs_code               text,
    commodity             text,
    declared_tonnes       numeric(10, 3),
    weighed_tonnes        numeric(10, 3) check (weighed_tonnes >= 0),
    weighed_at            timestamptz,
    customs_declaration   text check (customs_declaration ~ '^[0-9]{12}$'),
    match_issues          text           not null default '',
    opened_by             text           not null,
    first_scan_at         timestamptz    not null,
    decision              text check (decision in ('CLEAR', 'SECONDARY', 'REFUSE')),
    reason                text,
    decided_by            text,
    decided_at            timestamptz,
    check ((kind = 'GOODS') = (consignment_reference is not null)),
    check ((decision is null) = (decided_at is null)),
    check (decision is distinct from 'REFUSE' or length(reason) > 0),
    check (decision is distinct from 'CLEAR' or kind = 'VEHICLE' or customs_declaration is not null),
    check (decided_at is null or decided_at >= first_scan_at)
);
create index vehicle_crossing_register_idx on vehicle_crossing (gate, decided_at) where decided_at is not null;
create index vehicle_crossing_plate_idx on vehicle_crossing (plate);

-- The whole register of a gate: persons (border.crossing), vehicles and goods, decided rows only (decision 0514).
create view register_entry as
    select 'PERSON' as kind, id, gate, direction, document_number as subject,
           surname || case when given_names = '' then '' else ' ' || given_names end as detail,
           decision, decided_by, first_scan_at, decided_at
    from crossing where decided_at is not null
    union all
    select kind, id, gate, direction, plate as subject,
           coalesce(commodity || ' ' || coalesce(weighed_tonnes, declared_tonnes)::text || ' t', vehicle_type, ''),
           decision, decided_by, first_scan_at, decided_at
    from vehicle_crossing where decided_at is not null;
