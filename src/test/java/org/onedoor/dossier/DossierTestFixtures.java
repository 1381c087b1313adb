package org.onedoor.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureLevel;
import org.onedoor.common.TimeLimit;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test-only stand-ins for the other modules' APIs (agencies, catalogue, calendar, officers, audit), {@code @Primary}
 * so the dossier tests keep their own small world after the real modules land. Officers are looked up by the
 * authenticated username (tests use {@code user("desk")} etc.).
 */
@TestConfiguration(proxyBeanMethods = false)
public class DossierTestFixtures {

    public static final String PROVINCE = "000.00.00.H23";
    public static final String CENTRE = "000.00.12.H23";
    public static final String DEPARTMENT = "000.00.20.H23";
    public static final String CONSULTED = "000.00.21.H23";
    public static final String CONSULTED_2 = "000.00.22.H23";
    public static final String BUSY_CENTRE = "000.00.13.H23";
    public static final String OTHER_PROVINCE = "000.00.00.H30";
    public static final String OTHER_DEPARTMENT = "000.00.20.H30";

    static final List<Agency> AGENCIES = List.of(
            agency(PROVINCE, AgencyLevel.PROVINCE, null, PROVINCE),
            agency(CENTRE, AgencyLevel.SERVICE_CENTRE, PROVINCE, PROVINCE),
            agency(BUSY_CENTRE, AgencyLevel.SERVICE_CENTRE, PROVINCE, PROVINCE),
            agency(DEPARTMENT, AgencyLevel.DEPARTMENT, PROVINCE, PROVINCE),
            agency(CONSULTED, AgencyLevel.DEPARTMENT, PROVINCE, PROVINCE),
            agency(CONSULTED_2, AgencyLevel.DEPARTMENT, PROVINCE, PROVINCE),
            agency(OTHER_PROVINCE, AgencyLevel.PROVINCE, null, OTHER_PROVINCE),
            agency(OTHER_DEPARTMENT, AgencyLevel.DEPARTMENT, OTHER_PROVINCE, OTHER_PROVINCE));

    static final Map<String, Officer> OFFICERS = Map.of(
            "desk", officer("desk", CENTRE, Role.DESK_OFFICER),
            "busydesk", officer("busydesk", BUSY_CENTRE, Role.DESK_OFFICER),
            "leader", officer("leader", DEPARTMENT, Role.LEADER),
            "spec", officer("spec", DEPARTMENT, Role.SPECIALIST),
            "spec2", officer("spec2", DEPARTMENT, Role.SPECIALIST),
            "signer", officer("signer", DEPARTMENT, Role.SIGNER),
            "consulted", officer("consulted", CONSULTED, Role.SPECIALIST),
            "consulted2", officer("consulted2", CONSULTED_2, Role.SPECIALIST),
            "outsider", new Officer("outsider", "outsider", OTHER_DEPARTMENT,
                    EnumSet.of(Role.DESK_OFFICER, Role.LEADER, Role.SPECIALIST, Role.SIGNER), Set.of()));

    static final List<DossierComponent> COMPONENTS = List.of(
            new DossierComponent("TK01", "Tờ khai", "Application form", 1, 0, true, null),
            new DossierComponent("TK02", "Giấy tờ khác", "Other papers", 0, 1, false, null));

    static final List<Procedure> PROCEDURES = List.of(
            procedure("T.STD", "standard", AgencyLevel.DEPARTMENT, true),
            procedure("T.CON", "consultation", AgencyLevel.DEPARTMENT, true),
            procedure("T.LOCAL", "standard", AgencyLevel.DEPARTMENT, false),
            procedure("T.PROV", "simple", AgencyLevel.PROVINCE, true));

    /** Audit records written, for assertions. */
    public static final List<String> AUDIT = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    Agencies testAgencies() {
        return new Agencies() {
            public Optional<Agency> find(String code) {
                return AGENCIES.stream().filter(a -> a.code().equals(code)).findFirst();
            }

            public List<Agency> all() {
                return AGENCIES;
            }

            public List<Agency> children(String code) {
                return AGENCIES.stream().filter(a -> code.equals(a.parentCode())).toList();
            }

            public Optional<Agency> current(String code) {
                return find(code);
            }
        };
    }

    @Bean
    @Primary
    ProcedureCatalog testCatalog() {
        return new ProcedureCatalog() {
            public Optional<Procedure> effective(String code, LocalDate on) {
                return PROCEDURES.stream().filter(p -> p.code().equals(code)).findFirst();
            }

            public Optional<Procedure> version(String code, int version) {
                return effective(code, null).filter(p -> p.version() == version);
            }

            public List<Procedure> search(String query, int limit) {
                return PROCEDURES;
            }
        };
    }

    /** A calendar without weekends: limits are plain hours (enough to test the dossier rules, not the calendar). */
    @Bean
    @Primary
    WorkingCalendar testCalendar() {
        return new WorkingCalendar() {
            public boolean isWorkingDay(LocalDate date) {
                return true;
            }

            public Instant dueAt(Instant clockStart, TimeLimit limit) {
                return clockStart.plus(Duration.ofHours(limit.inWorkingHours()));
            }

            public long workingMinutesBetween(Instant from, Instant to) {
                return Math.max(0, Duration.between(from, to).toMinutes());
            }

            public Timeliness classify(Instant finishedAt, Instant dueAt) {
                return finishedAt.isAfter(dueAt) ? Timeliness.LATE : Timeliness.ON_TIME;
            }
        };
    }

    @Bean
    @Primary
    Officers testOfficers() {
        return new Officers() {
            public Optional<Officer> current() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth == null ? Optional.empty() : Optional.ofNullable(OFFICERS.get(auth.getName()));
            }

            public Optional<Officer> find(String username) {
                return Optional.ofNullable(OFFICERS.get(username));
            }

            public List<Officer> withRole(String agencyCode, Role role) {
                return OFFICERS.values().stream().filter(o -> o.agencyCode().equals(agencyCode) && o.has(role)).toList();
            }
        };
    }

    @Bean
    @Primary
    AuditTrail testAudit() {
        return (action, type, id, detail) -> AUDIT.add(action + " " + id);
    }

    private static Agency agency(String code, AgencyLevel level, String parent, String province) {
        return new Agency(code, null, "Cơ quan " + code, "Agency " + code, level, parent, province, true, null);
    }

    private static Officer officer(String username, String agency, Role role) {
        return new Officer(username, username, agency, Set.of(role), Set.of());
    }

    private static Procedure procedure(String code, String workflow, AgencyLevel level, boolean boundaryFree) {
        return new Procedure(code, code, 1, LocalDate.of(2025, 1, 1), null, "Thủ tục " + code, "Procedure " + code,
                "G01", "Lĩnh vực", ProcedureLevel.FULL_ONLINE, level, TimeLimit.days(10),
                List.of(new Fee("Lệ phí", "Fee", BigDecimal.ZERO)), COMPONENTS, "Giấy chứng nhận",
                EnumSet.allOf(Channel.class), boundaryFree, "Luật", workflow);
    }
}
