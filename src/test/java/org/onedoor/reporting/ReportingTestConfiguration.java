package org.onedoor.reporting;

import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.TimeLimit;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Simple, predictable stand-ins for the modules reporting depends on, so the reporting tests do not depend on
 * their real implementations (written in parallel) nor on the demo data. {@code @Primary}: they win over the
 * real beans in the reporting test context only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportingTestConfiguration {

    /** Test agency tree: province P with departments D1 (commune C1 under it) and D2; another province Q. */
    public static final String P = "T00.00.00.RPT";
    public static final String D1 = "T00.01.00.RPT";
    public static final String C1 = "T00.01.01.RPT";
    public static final String D2 = "T00.02.00.RPT";
    public static final String Q = "T99.00.00.RPT";

    static final List<Agency> AGENCIES = List.of(
            new Agency(P, null, "Tỉnh Thử", "Test Province", AgencyLevel.PROVINCE, null, P, true, null),
            new Agency(D1, null, "Sở Một", "Department One", AgencyLevel.DEPARTMENT, P, P, true, null),
            new Agency(C1, null, "Xã Một", "Commune One", AgencyLevel.COMMUNE, D1, P, true, null),
            new Agency(D2, null, "Sở Hai", "Department Two", AgencyLevel.DEPARTMENT, P, P, true, null),
            new Agency(Q, null, "Tỉnh Khác", "Other Province", AgencyLevel.PROVINCE, null, Q, true, null));

    @Bean
    @Primary
    WorkingCalendar testWorkingCalendar() {
        return new SimpleCalendar();
    }

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
    StubOfficers testOfficers() {
        return new StubOfficers();
    }

    /** Officers whose "current" officer a test sets; nobody by default. */
    public static class StubOfficers implements Officers {

        private volatile Officer current;

        public void signIn(String agencyCode, Role... roles) {
            current = new Officer("test-" + agencyCode, "Test Officer", agencyCode, java.util.Set.of(roles), java.util.Set.of());
        }

        public void signOut() {
            current = null;
        }

        public Optional<Officer> current() {
            return Optional.ofNullable(current);
        }

        public Optional<Officer> find(String username) {
            return current().filter(o -> o.username().equals(username));
        }

        public List<Officer> withRole(String agencyCode, Role role) {
            return List.of();
        }
    }

    /**
     * Working time is a third of wall-clock time (8 of 24 hours); finishing before the due day is early, on the
     * due day up to the due time on time, after it late.
     */
    public static class SimpleCalendar implements WorkingCalendar {

        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        public Instant dueAt(Instant clockStart, TimeLimit limit) {
            return clockStart.plus(Duration.ofHours(3L * limit.inWorkingHours()));
        }

        public long workingMinutesBetween(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to).toMinutes() / 3 : 0;
        }

        public Timeliness classify(Instant finishedAt, Instant dueAt) {
            if (finishedAt.isAfter(dueAt)) {
                return Timeliness.LATE;
            }
            LocalDate finished = LocalDate.ofInstant(finishedAt, VietnamTime.ZONE);
            return finished.isBefore(LocalDate.ofInstant(dueAt, VietnamTime.ZONE)) ? Timeliness.EARLY : Timeliness.ON_TIME;
        }
    }
}
