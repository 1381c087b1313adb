-- Procedure catalogue ("danh mục thủ tục hành chính"). A procedure keeps its identity (code, names, sector,
-- levels); what the law fixes for a period (time limit, fees, components, result, channels, legal basis,
-- workflow) lives in dated versions. Dossiers refer to (code, version) by value, never by foreign key.

create table procedure (
    code            text primary key,
    national_code   text    not null,
    name            text    not null,
    name_en         text    not null,
    sector_code     text    not null,
    sector_name     text    not null,
    sector_name_en  text    not null,
    level           text    not null,
    competent_level text    not null,
    boundary_free   boolean not null default false,
    -- name and code folded without Vietnamese diacritics, lower case (SearchText.fold in Java)
    name_folded     text    not null,
    search_text     text    not null,
    updated_at      timestamptz not null default now(),
    constraint procedure_code_format check (code ~ '^[12]\.[0-9]{6}(\.[A-Z0-9]+)*$'),
    constraint procedure_national_code_format check (national_code ~ '^[12]\.[0-9]{6}$'),
    constraint procedure_code_extends_national check (code = national_code or code like national_code || '.%'),
    constraint procedure_level_known check (level in ('FULL_ONLINE', 'PARTLY_ONLINE', 'INFORMATION_ONLY')),
    constraint procedure_competent_level_known
        check (competent_level in ('PROVINCE', 'DEPARTMENT', 'COMMUNE', 'SERVICE_CENTRE', 'OTHER')),
    constraint procedure_names_present check (btrim(name) <> '' and btrim(name_en) <> '')
);

create index procedure_national_code_idx on procedure (national_code);
create index procedure_sector_idx on procedure (sector_code);

create table procedure_version (
    id                 bigint generated always as identity primary key,
    procedure_code     text    not null references procedure (code) on delete cascade,
    version            integer not null,
    effective_from     date    not null,
    effective_to       date,
    time_limit_amount  integer not null,
    time_limit_unit    text    not null,
    -- [{"description", "descriptionEn", "amountVnd"}]; a small value list, always read with its version
    fees               jsonb   not null default '[]',
    result_type        text    not null,
    result_type_en     text    not null,
    channels           text[]  not null,
    legal_basis        text    not null,
    workflow           text    not null,
    constraint procedure_version_unique unique (procedure_code, version),
    constraint procedure_version_positive check (version >= 1),
    constraint procedure_version_period check (effective_to is null or effective_to >= effective_from),
    constraint procedure_version_time_limit check (time_limit_amount >= 0),
    constraint procedure_version_time_unit check (time_limit_unit in ('WORKING_DAYS', 'WORKING_HOURS')),
    constraint procedure_version_fees_array check (jsonb_typeof(fees) = 'array'),
    constraint procedure_version_channels check (
        cardinality(channels) >= 1
        and channels <@ array['ONLINE', 'COUNTER', 'KIOSK', 'POSTAL', 'ASSISTED']::text[])
    -- Periods of one procedure must not overlap: checked by the importer (CatalogReader), because an
    -- exclusion constraint on (text, daterange) needs btree_gist, which an external database may lack.
);

create index procedure_version_effective_idx on procedure_version (procedure_code, effective_from);

create table procedure_component (
    version_id  bigint  not null references procedure_version (id) on delete cascade,
    position    integer not null,
    code        text    not null,
    name        text    not null,
    name_en     text    not null,
    originals   integer not null,
    copies      integer not null,
    mandatory   boolean not null,
    template    text,
    primary key (version_id, position),
    constraint procedure_component_code_unique unique (version_id, code),
    constraint procedure_component_counts check (originals >= 0 and copies >= 0 and originals + copies >= 1)
);

-- Substring search on the folded text: a trigram index when pg_trgm can be installed (it is a trusted
-- extension, shipped with the embedded PostgreSQL), otherwise a plain index and sequential LIKE scans.
do $$
declare
    trgm_schema text;
begin
    begin
        create extension if not exists pg_trgm with schema public;
    exception when others then
        raise notice 'pg_trgm not available, catalogue search falls back to sequential scans';
    end;
    select n.nspname into trgm_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace
     where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index procedure_search_trgm_idx on procedure using gin (search_text %I.gin_trgm_ops)', trgm_schema);
    else
        create index procedure_search_idx on procedure (search_text text_pattern_ops);
    end if;
end
$$;
