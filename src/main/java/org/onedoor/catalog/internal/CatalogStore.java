package org.onedoor.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureLevel;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.catalog.Sector;
import org.onedoor.common.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the {@code catalog} schema. */
@Repository
public class CatalogStore {

    private static final String SELECT = """
            select p.code, p.national_code, p.name, p.name_en, p.sector_code, p.sector_name, p.sector_name_en,
                   p.level, p.competent_level, p.boundary_free,
                   v.id as version_id, v.version, v.effective_from, v.effective_to, v.time_limit_amount,
                   v.time_limit_unit, v.fees, v.result_type, v.result_type_en, v.channels, v.legal_basis, v.workflow
              from catalog.procedure p
              join catalog.procedure_version v on v.procedure_code = p.code
            """;
    private static final String CURRENT = " v.effective_from <= :today and (v.effective_to is null or v.effective_to >= :today) ";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Procedure> effective(String code, LocalDate on) {
        return withComponents(jdbc.sql(SELECT + " where p.code = :code and " + CURRENT)
                .param("code", code).param("today", on).query(this::row).list()).stream().findFirst();
    }

    Optional<Procedure> version(String code, int version) {
        return withComponents(jdbc.sql(SELECT + " where p.code = :code and v.version = :version")
                .param("code", code).param("version", version).query(this::row).list()).stream().findFirst();
    }

    /**
     * Every query word must occur in the folded name, English name or code (AND). Ranking: exact code, then
     * the folded name equal to the query, starting with it, containing it as a phrase, then shorter names.
     */
    List<Procedure> search(ProcedureQuery query, LocalDate today) {
        List<String> words = SearchText.words(query.text());
        String phrase = String.join(" ", words);
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(CURRENT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        for (int i = 0; i < words.size(); i++) {
            // words hold only [a-z0-9.]: no LIKE wildcards to escape
            sql.append(" and p.search_text like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        if (query.sectorCode() != null) {
            sql.append(" and p.sector_code = :sector");
            params.put("sector", query.sectorCode());
        }
        if (query.competentLevel() != null) {
            sql.append(" and p.competent_level = :level");
            params.put("level", query.competentLevel().name());
        }
        if (words.isEmpty()) {
            // browsing, not searching: by sector, then alphabetically
            sql.append(" order by p.sector_name, p.name_folded, p.code limit :limit");
        } else {
            sql.append('\n').append("""
                     order by (case when lower(p.code) = :phrase or p.national_code = :phrase then 1000 else 0 end
                             + case when p.name_folded = :phrase then 500 else 0 end
                             + case when p.name_folded like :phrase || '%' then 200 else 0 end
                             + case when p.name_folded like '%' || :phrase || '%' then 100 else 0 end
                             + case when lower(p.code) like :phrase || '%' then 50 else 0 end) desc,
                              length(p.name), p.name_folded, p.code
                     limit :limit""");
            params.put("phrase", phrase);
        }
        params.put("limit", query.limit());
        return withComponents(jdbc.sql(sql.toString()).params(params).query(this::row).list());
    }

    List<Sector> sectors() {
        return jdbc.sql("""
                        select distinct sector_code, sector_name, sector_name_en from catalog.procedure
                         order by sector_name, sector_code""")
                .query((rs, n) -> new Sector(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<String> resultTypeEn(String code, int version) {
        return jdbc.sql("select result_type_en from catalog.procedure_version where procedure_code = :code and version = :version")
                .param("code", code).param("version", version).query(String.class).optional();
    }

    /** Every procedure with its version count and the version in force on {@code today}, by code. */
    public List<ProcedureSummary> summaries(LocalDate today) {
        return jdbc.sql("""
                        select p.code, p.name, p.name_en, p.sector_name, p.sector_name_en, p.competent_level,
                               count(v.id) as versions,
                               max(v.version) filter (where %s) as current_version
                          from catalog.procedure p left join catalog.procedure_version v on v.procedure_code = p.code
                         group by p.code order by p.code""".formatted(CURRENT))
                .param("today", today)
                .query((rs, n) -> new ProcedureSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, Integer.class)))
                .list();
    }

    public int countProcedures() {
        return jdbc.sql("select count(*) from catalog.procedure").query(Integer.class).single();
    }

    /** Version numbers already stored, by procedure code (an import may not drop them: dossiers refer to them). */
    Map<String, Set<Integer>> storedVersions() {
        return jdbc.sql("select procedure_code, version from catalog.procedure_version")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    /** The whole catalogue, ordered by code and version. */
    List<ProcedureDefinition> all() {
        List<Procedure> rows = withComponents(jdbc.sql(SELECT + " order by p.code, v.version").query(this::row).list());
        Map<String, List<Procedure>> byCode = rows.stream()
                .collect(Collectors.groupingBy(Procedure::code, LinkedHashMap::new, Collectors.toList()));
        Map<String, Sector> sectors = sectors().stream().collect(Collectors.toMap(Sector::code, s -> s, (a, b) -> a));
        Map<String, String> resultsEn = jdbc.sql("select procedure_code || '#' || version, result_type_en from catalog.procedure_version")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ProcedureDefinition> all = new ArrayList<>();
        byCode.forEach((code, versions) -> {
            Procedure first = versions.get(0);
            all.add(new ProcedureDefinition(code, first.nationalCode(), first.name(), first.nameEn(),
                    sectors.get(first.sectorCode()), first.level(), first.competentLevel(), first.boundaryFree(),
                    versions.stream().map(p -> new VersionDefinition(p.version(), p.effectiveFrom(), p.effectiveTo(),
                            p.timeLimit(), p.fees(), p.components(), p.resultType(), resultsEn.get(code + "#" + p.version()),
                            p.channels(), p.legalBasis(), p.workflow())).toList()));
        });
        return all;
    }

    /** Inserts or replaces the procedures and their versions; returns how many procedures were new. */
    @Transactional
    ImportResult save(List<ProcedureDefinition> procedures) {
        int created = 0;
        int versions = 0;
        for (ProcedureDefinition p : procedures) {
            int inserted = jdbc.sql("""
                            insert into catalog.procedure (code, national_code, name, name_en, sector_code, sector_name,
                                   sector_name_en, level, competent_level, boundary_free, name_folded, search_text)
                            values (:code, :nationalCode, :name, :nameEn, :sectorCode, :sectorName, :sectorNameEn,
                                    :level, :competentLevel, :boundaryFree, :nameFolded, :searchText)
                            on conflict (code) do nothing""")
                    .params(procedureParams(p)).update();
            if (inserted == 0) {
                jdbc.sql("""
                                update catalog.procedure set national_code = :nationalCode, name = :name, name_en = :nameEn,
                                       sector_code = :sectorCode, sector_name = :sectorName, sector_name_en = :sectorNameEn,
                                       level = :level, competent_level = :competentLevel, boundary_free = :boundaryFree,
                                       name_folded = :nameFolded, search_text = :searchText, updated_at = now()
                                 where code = :code""")
                        .params(procedureParams(p)).update();
            }
            created += inserted;
            for (VersionDefinition v : p.versions()) {
                saveVersion(p.code(), v);
                versions++;
            }
        }
        return new ImportResult(procedures.size(), created, versions);
    }

    private void saveVersion(String code, VersionDefinition v) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("version", v.version());
        params.put("from", v.effectiveFrom());
        params.put("to", v.effectiveTo());
        params.put("amount", v.timeLimit().amount());
        params.put("unit", v.timeLimit().unit().name());
        params.put("fees", json.writeValueAsString(v.fees()));
        params.put("resultType", v.resultType());
        params.put("resultTypeEn", v.resultTypeEn());
        params.put("channels", v.channels().stream().map(Channel::name).collect(Collectors.joining(",")));
        params.put("legalBasis", v.legalBasis());
        params.put("workflow", v.workflow());
        long id = jdbc.sql("""
                        insert into catalog.procedure_version (procedure_code, version, effective_from, effective_to,
                               time_limit_amount, time_limit_unit, fees, result_type, result_type_en, channels, legal_basis, workflow)
                        values (:code, :version, :from, :to, :amount, :unit, cast(:fees as jsonb), :resultType, :resultTypeEn,
                                string_to_array(:channels, ','), :legalBasis, :workflow)
                        on conflict (procedure_code, version) do update set effective_from = excluded.effective_from,
                               effective_to = excluded.effective_to, time_limit_amount = excluded.time_limit_amount,
                               time_limit_unit = excluded.time_limit_unit, fees = excluded.fees,
                               result_type = excluded.result_type, result_type_en = excluded.result_type_en,
                               channels = excluded.channels, legal_basis = excluded.legal_basis, workflow = excluded.workflow
                        returning id""")
                .params(params).query(Long.class).single();
        jdbc.sql("delete from catalog.procedure_component where version_id = :id").param("id", id).update();
        int position = 0;
        for (DossierComponent c : v.components()) {
            jdbc.sql("""
                            insert into catalog.procedure_component (version_id, position, code, name, name_en, originals,
                                   copies, mandatory, template)
                            values (:id, :position, :code, :name, :nameEn, :originals, :copies, :mandatory, :template)""")
                    .param("id", id).param("position", position++).param("code", c.code()).param("name", c.name())
                    .param("nameEn", c.nameEn()).param("originals", c.originals()).param("copies", c.copies())
                    .param("mandatory", c.mandatory()).param("template", c.template())
                    .update();
        }
    }

    private static Map<String, Object> procedureParams(ProcedureDefinition p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", p.code());
        params.put("nationalCode", p.nationalCode());
        params.put("name", p.name());
        params.put("nameEn", p.nameEn());
        params.put("sectorCode", p.sector().code());
        params.put("sectorName", p.sector().name());
        params.put("sectorNameEn", p.sector().nameEn());
        params.put("level", p.level().name());
        params.put("competentLevel", p.competentLevel().name());
        params.put("boundaryFree", p.boundaryFree());
        params.put("nameFolded", SearchText.fold(p.name()));
        params.put("searchText", String.join(" ", SearchText.fold(p.name()), SearchText.fold(p.nameEn()),
                p.code().toLowerCase(java.util.Locale.ROOT)));
        return params;
    }

    /** A version row; components are filled in by {@link #withComponents}. */
    private Row row(ResultSet rs, int n) throws SQLException {
        LocalDate to = rs.getObject("effective_to", LocalDate.class);
        List<Fee> fees = json.readValue(rs.getString("fees"), new TypeReference<List<Fee>>() { });
        return new Row(rs.getLong("version_id"), new Procedure(rs.getString("code"), rs.getString("national_code"), rs.getInt("version"),
                rs.getObject("effective_from", LocalDate.class), to, rs.getString("name"), rs.getString("name_en"),
                rs.getString("sector_code"), rs.getString("sector_name"), ProcedureLevel.valueOf(rs.getString("level")),
                AgencyLevel.valueOf(rs.getString("competent_level")),
                new TimeLimit(rs.getInt("time_limit_amount"), TimeLimit.Unit.valueOf(rs.getString("time_limit_unit"))),
                fees, List.of(), rs.getString("result_type"),
                channels(rs.getArray("channels")), rs.getBoolean("boundary_free"), rs.getString("legal_basis"),
                rs.getString("workflow")));
    }

    private static Set<Channel> channels(Array array) throws SQLException {
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        for (Object o : (Object[]) array.getArray()) {
            set.add(Channel.valueOf((String) o));
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /** Replaces the placeholder component list of each row with the version's components, in one query. */
    private List<Procedure> withComponents(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = rows.stream().map(Row::versionId).toList();
        Map<Long, List<DossierComponent>> components = new LinkedHashMap<>();
        jdbc.sql("""
                        select version_id, code, name, name_en, originals, copies, mandatory, template
                          from catalog.procedure_component where version_id in (:ids) order by version_id, position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new DossierComponent(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getBoolean(7), rs.getString(8))))
                .list()
                .forEach(e -> components.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> withComponents(r.procedure(), components.getOrDefault(r.versionId(), List.of()))).toList();
    }

    private static Procedure withComponents(Procedure p, List<DossierComponent> components) {
        return new Procedure(p.code(), p.nationalCode(), p.version(), p.effectiveFrom(),
                p.effectiveTo(), p.name(), p.nameEn(), p.sectorCode(), p.sectorName(), p.level(), p.competentLevel(),
                p.timeLimit(), p.fees(), List.copyOf(components), p.resultType(),
                p.channels(), p.boundaryFree(), p.legalBasis(), p.workflow());
    }

    /** A procedure version as read, before its components are attached. */
    private record Row(long versionId, Procedure procedure) {
    }

}
