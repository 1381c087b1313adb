package org.onedoor.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportScopeTest {

    @Test
    void anAgencyFilterCannotWidenAnOfficersScope() {
        ReportScope officer = ReportScope.of(Set.of("D1", "C1"));
        assertThat(officer.narrowTo(Set.of("P", "D1", "C1", "D2")).agencyCodes()).containsExactlyInAnyOrder("D1", "C1");
        assertThat(officer.narrowTo(Set.of("D2")).agencyCodes()).isEmpty();
        assertThat(officer.narrowTo(null)).isEqualTo(officer);
    }

    @Test
    void anAgencyFilterNarrowsAnUnrestrictedScopeToTheAgencyAndItsDescendants() {
        ReportScope narrowed = ReportScope.everything().narrowTo(Set.of("D1", "C1"));
        assertThat(narrowed.unrestricted()).isFalse();
        assertThat(narrowed.allows("C1")).isTrue();
        assertThat(narrowed.allows("D2")).isFalse();
    }

    @Test
    void noScopeMeansNoData() {
        FactCriteria criteria = FactCriteria.of(new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null),
                ReportScope.nothing(), java.time.Instant.now());
        assertThat(criteria.where()).contains("and false");
    }

    @Test
    void aPeriodCoversWholeDaysInVietnamTime() {
        ReportFilter filter = new ReportFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), " ", "");
        assertThat(filter.start()).hasToString("2026-02-28T17:00:00Z");
        assertThat(filter.end()).hasToString("2026-03-31T17:00:00Z");
        assertThat(filter.agency()).isNull();
        assertThat(filter.procedure()).isNull();
    }
}
