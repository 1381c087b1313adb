package org.onedoor.agency.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyCode;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agency register: look-ups for other modules ({@link Agencies}) and the changes administrators make. */
@Service
public class AgencyRegistry implements Agencies {

    private static final String COLUMNS = """
            code, code2020, name, name_en, level, parent_code, province_code, active, successor_code, valid_from, valid_to""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    /**
     * Agencies change a few times a year and every submission looks several up: cached per node, dropped on every
     * local change and after a minute at most, so that changes made on another node show within that minute.
     */
    private final Cache<String, Optional<AgencyRecord>> byCode = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    AgencyRegistry(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Agency> find(String code) {
        return findRecord(code).map(AgencyRecord::toAgency);
    }

    public Optional<AgencyRecord> findRecord(String code) {
        if (AgencyCode.formatOf(code) == null) {
            return Optional.empty();
        }
        return byCode.get(code, this::load);
    }

    /** Drops cached agencies once this transaction's changes are visible (and at once when there is none). */
    private void invalidateAfterCommit() {
        byCode.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byCode.invalidateAll();
                }
            });
        }
    }

    private Optional<AgencyRecord> load(String code) {
        return jdbc.sql("select " + COLUMNS + " from agency.agency where code = :code or code2020 = :code")
                .param("code", code).query(AgencyRegistry::map).optional();
    }

    @Override
    public List<Agency> all() {
        return allRecords().stream().map(AgencyRecord::toAgency).toList();
    }

    /** Province first, then its agencies by code; historical agencies included. */
    public List<AgencyRecord> allRecords() {
        return jdbc.sql("select " + COLUMNS + " from agency.agency order by province_code, (level <> 'PROVINCE'), code")
                .query(AgencyRegistry::map).list();
    }

    @Override
    public List<Agency> children(String code) {
        return find(code).map(parent -> jdbc.sql("select " + COLUMNS + " from agency.agency where parent_code = :code order by code")
                .param("code", parent.code()).query(AgencyRegistry::map).list().stream().map(AgencyRecord::toAgency).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<Agency> current(String code) {
        Optional<Agency> agency = find(code);
        Set<String> seen = new HashSet<>();
        while (agency.isPresent() && !agency.get().active() && agency.get().successorCode() != null) {
            if (!seen.add(agency.get().code())) {
                return Optional.empty(); // a cycle of successors: refuse to guess (the merge operation prevents it)
            }
            agency = find(agency.get().successorCode());
        }
        return agency.filter(Agency::active);
    }

    public List<HistoryEntry> history(String code) {
        return jdbc.sql("""
                select agency_code, event, successor_code, effective_on, old_name, new_name, note, recorded_by
                from agency.agency_history where agency_code = :code or successor_code = :code order by effective_on, id""")
                .param("code", code)
                .query((rs, n) -> new HistoryEntry(rs.getString("agency_code"), rs.getString("event"),
                        rs.getString("successor_code"), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("old_name"), rs.getString("new_name"), rs.getString("note"), rs.getString("recorded_by")))
                .list();
    }

    /** Creates an agency or, when the code exists, updates it (a changed name is recorded as a renaming). */
    @Transactional
    public void save(AgencyRecord agency, String by) {
        invalidateAfterCommit();
        validate(agency);
        Optional<AgencyRecord> existing = jdbc.sql("select " + COLUMNS + " from agency.agency where code = :code")
                .param("code", agency.code()).query(AgencyRegistry::map).optional();
        // the province follows from the parent, so the tree cannot contradict itself
        String province = agency.level() == AgencyLevel.PROVINCE ? agency.code()
                : findRecord(agency.parentCode()).map(AgencyRecord::provinceCode).orElseThrow();
        var statement = existing.isPresent()
                ? jdbc.sql("""
                    update agency.agency set code2020 = :code2020, name = :name, name_en = :nameEn, level = :level,
                      parent_code = :parent, province_code = :province, valid_from = :validFrom where code = :code""")
                : jdbc.sql("""
                    insert into agency.agency (code, code2020, name, name_en, level, parent_code, province_code, active, valid_from)
                    values (:code, :code2020, :name, :nameEn, :level, :parent, :province, true, :validFrom)""");
        statement.param("code", agency.code()).param("code2020", blankToNull(agency.code2020()))
                .param("name", agency.name().trim()).param("nameEn", agency.nameEn().trim())
                .param("level", agency.level().name()).param("parent", blankToNull(agency.parentCode()))
                .param("province", province).param("validFrom", agency.validFrom()).update();
        if (existing.isEmpty()) {
            history(agency.code(), "CREATED", null, agency.validFrom() == null ? LocalDate.now() : agency.validFrom(),
                    null, agency.name(), null, by);
            audit.record("agency.create", "agency", agency.code(), agency.name());
        } else if (!existing.get().name().equals(agency.name().trim())) {
            history(agency.code(), "RENAMED", null, LocalDate.now(), existing.get().name(), agency.name().trim(), null, by);
            audit.record("agency.rename", "agency", agency.code(), existing.get().name() + " -> " + agency.name());
        } else {
            audit.record("agency.update", "agency", agency.code(), null);
        }
    }

    /**
     * Records that {@code code} was merged into {@code successorCode} on {@code effectiveOn}: the agency becomes
     * inactive and points at its successor, so {@link #current(String)} leads from old codes to the new agency.
     */
    @Transactional
    public void merge(String code, String successorCode, LocalDate effectiveOn, String note, String by) {
        invalidateAfterCommit();
        AgencyRecord merged = findRecord(code).orElseThrow(() -> DomainException.notFound("agency.error.notFound", code));
        AgencyRecord successor = findRecord(successorCode).orElseThrow(() -> DomainException.invalid(
                List.of(new FieldViolation("successorCode", "agency.error.notFound", successorCode))));
        if (!successor.active() || successor.code().equals(merged.code())) {
            throw DomainException.invalid(List.of(new FieldViolation("successorCode", "agency.error.successorInactive")));
        }
        if (!merged.active()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "agency.error.alreadyMerged", merged.code());
        }
        jdbc.sql("update agency.agency set active = false, successor_code = :successor, valid_to = :on where code = :code")
                .param("successor", successor.code()).param("on", effectiveOn).param("code", merged.code()).update();
        history(merged.code(), "MERGED", successor.code(), effectiveOn, merged.name(), successor.name(), note, by);
        audit.record("agency.merge", "agency", merged.code(), "into " + successor.code());
    }

    void history(String code, String event, String successor, LocalDate on, String oldName, String newName, String note, String by) {
        jdbc.sql("""
                insert into agency.agency_history (agency_code, event, successor_code, effective_on, old_name, new_name, note, recorded_by)
                values (:code, :event, :successor, :on, :oldName, :newName, :note, :by)""")
                .param("code", code).param("event", event).param("successor", successor).param("on", on)
                .param("oldName", oldName).param("newName", newName).param("note", note).param("by", by).update();
    }

    private void validate(AgencyRecord agency) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!AgencyCode.isQcvn102(agency.code())) {
            violations.add(new FieldViolation("code", "agency.error.code102"));
        }
        if (agency.code2020() != null && !agency.code2020().isBlank() && !AgencyCode.isDecision2020(agency.code2020())) {
            violations.add(new FieldViolation("code2020", "agency.error.code2020"));
        }
        if (agency.name() == null || agency.name().isBlank()) {
            violations.add(new FieldViolation("name", "agency.error.required"));
        }
        if (agency.nameEn() == null || agency.nameEn().isBlank()) {
            violations.add(new FieldViolation("nameEn", "agency.error.required"));
        }
        if (agency.level() == null) {
            violations.add(new FieldViolation("level", "agency.error.required"));
        } else if (agency.level() != AgencyLevel.PROVINCE) {
            Optional<AgencyRecord> parent = agency.parentCode() == null ? Optional.empty() : findRecord(agency.parentCode());
            if (parent.isEmpty() || parent.get().code().equals(agency.code())) {
                violations.add(new FieldViolation("parentCode", "agency.error.parent"));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        if (agency.code2020() != null && !agency.code2020().isBlank() && jdbc.sql(
                        "select count(*) from agency.agency where code2020 = :c and code <> :code")
                .param("c", agency.code2020()).param("code", agency.code()).query(Integer.class).single() > 0) {
            throw DomainException.invalid(List.of(new FieldViolation("code2020", "agency.error.duplicate")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static AgencyRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AgencyRecord(rs.getString("code"), rs.getString("code2020"), rs.getString("name"), rs.getString("name_en"),
                AgencyLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("province_code"),
                rs.getBoolean("active"), rs.getString("successor_code"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    /** An agency with its validity dates, as the register stores it. */
    public record AgencyRecord(String code, String code2020, String name, String nameEn, AgencyLevel level,
                               String parentCode, String provinceCode, boolean active, String successorCode,
                               LocalDate validFrom, LocalDate validTo) {

        public Agency toAgency() {
            return new Agency(code, code2020, name, nameEn, level, parentCode, provinceCode, active, successorCode);
        }
    }

    public record HistoryEntry(String agencyCode, String event, String successorCode, LocalDate effectiveOn,
                               String oldName, String newName, String note, String recordedBy) {
    }
}
