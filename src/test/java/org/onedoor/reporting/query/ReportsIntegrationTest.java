package org.onedoor.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.reporting.ReportingTestConfiguration.C1;
import static org.onedoor.reporting.ReportingTestConfiguration.D1;
import static org.onedoor.reporting.ReportingTestConfiguration.D2;
import static org.onedoor.reporting.ReportingTestConfiguration.P;
import static org.onedoor.reporting.ReportingTestConfiguration.Q;
import static org.onedoor.reporting.ScriptedDossiers.A;
import static org.onedoor.reporting.ScriptedDossiers.B;
import static org.onedoor.reporting.ScriptedDossiers.FIRST_HALF_2026;
import static org.onedoor.reporting.ScriptedDossiers.code;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.reporting.ReportingIntegrationTest;
import org.onedoor.reporting.ReportingTestConfiguration.StubOfficers;
import org.onedoor.reporting.ScriptedDossiers;
import org.onedoor.reporting.projection.Projections;
import org.onedoor.reporting.query.ReportViews.Indicators;
import org.onedoor.reporting.query.ReportViews.Kpis;
import org.onedoor.reporting.query.ReportViews.MonthRow;
import org.onedoor.reporting.query.ReportViews.OverdueRow;
import org.onedoor.reporting.query.ReportViews.TimelinessRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@ReportingIntegrationTest
class ReportsIntegrationTest {

    static final ReportScope PROVINCE = ReportScope.of(Set.of(P, D1, C1, D2));

    @Autowired Reports reports;
    @Autowired ScopeResolver scopes;
    @Autowired StubOfficers officers;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @BeforeEach
    void loadTheScriptedDossiers() {
        jdbc.sql("delete from reporting.dossier_fact where competent_agency_code like '%.RPT' or receiving_agency_code like '%.RPT'").update();
        jdbc.sql("delete from reporting.dossier_transition where code like 'RPT-%'").update();
        ScriptedDossiers.events().forEach(e -> Projections.apply(context, e));
    }

    @AfterEach
    void signOut() {
        officers.signOut();
    }

    @Test
    void countsTheProvinceByHand() {
        Kpis k = reports.kpis(FIRST_HALF_2026, PROVINCE);
        assertThat(k.received()).isEqualTo(15);
        assertThat(k.inProgress()).isEqualTo(3);
        assertThat(k.closedWithoutResult()).isEqualTo(2);
        assertThat(k.finished()).isEqualTo(10);
        assertThat(k.early()).isEqualTo(3);
        assertThat(k.onTime()).isEqualTo(4);
        assertThat(k.late()).isEqualTo(3);
        assertThat(k.onTimeRate().display()).isEqualTo("70.00");
        assertThat(k.overdue()).isEqualTo(2);
        assertThat(k.onlineShare().display()).isEqualTo("40.00");
    }

    @Test
    void computesTheDecision766IndicatorsByHand() {
        Indicators i = reports.indicators(FIRST_HALF_2026, PROVINCE);
        assertThat(i.onTimeShare().display()).isEqualTo("70.00");
        assertThat(i.averageProcessingDays()).isEqualByComparingTo("5.84"); // 28 020 ÷ 10 ÷ 480
        assertThat(i.onlineSubmissionShare().display()).isEqualTo("40.00");
        assertThat(i.satisfactionDisplay()).isEqualTo("N/A");
    }

    @Test
    void showsNotAvailableWhenNothingWasReceivedOrFinished() {
        ReportFilter emptyPeriod = new ReportFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), null, null);
        Indicators i = reports.indicators(emptyPeriod, PROVINCE);
        assertThat(i.onTimeShare().display()).isEqualTo("N/A");
        assertThat(i.averageProcessingDaysDisplay()).isEqualTo("N/A");
        assertThat(i.onlineSubmissionShare().display()).isEqualTo("N/A");
        assertThat(reports.kpis(emptyPeriod, PROVINCE).onTimeRate().display()).isEqualTo("N/A");
    }

    @Test
    void ratesEachProcedure() {
        assertThat(reports.byProcedure(FIRST_HALF_2026, PROVINCE))
                .extracting(TimelinessRow::key, TimelinessRow::finished, r -> r.onTimeRate().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(A, 7L, "71.43"),
                        org.assertj.core.groups.Tuple.tuple(B, 3L, "66.67"));
    }

    @Test
    void ratesEachCompetentAgency() {
        assertThat(reports.dashboard(FIRST_HALF_2026, PROVINCE, Locale.ENGLISH).byAgency())
                .extracting(TimelinessRow::label, r -> r.onTimeRate().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Department One", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("Commune One", "66.67"),
                        org.assertj.core.groups.Tuple.tuple("Department Two", "0.00"));
    }

    @Test
    void countsReceivedAndFinishedPerMonthOfThePeriod() {
        assertThat(reports.dashboard(FIRST_HALF_2026, PROVINCE, Locale.ENGLISH).monthly())
                .extracting(MonthRow::month, MonthRow::received, MonthRow::finished)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-01", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-02", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-03", 15L, 10L),
                        org.assertj.core.groups.Tuple.tuple("2026-04", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-05", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-06", 0L, 0L));
    }

    @Test
    void listsOverdueDossiersMostOverdueFirstAndLeavesPausedOnesOut() {
        assertThat(reports.overdue(FIRST_HALF_2026, PROVINCE, Locale.ENGLISH))
                .extracting(OverdueRow::code)
                .containsExactly(code(12), code(11));
        assertThat(reports.overdue(FIRST_HALF_2026, PROVINCE, Locale.ENGLISH).get(0).daysOverdue())
                .isGreaterThan(reports.overdue(FIRST_HALF_2026, PROVINCE, Locale.ENGLISH).get(1).daysOverdue());
    }

    @Test
    void filtersByProcedureAndByAgencyWithItsChildren() {
        ReportFilter procedureB = new ReportFilter(FIRST_HALF_2026.from(), FIRST_HALF_2026.to(), null, B);
        assertThat(reports.kpis(procedureB, PROVINCE).finished()).isEqualTo(3);

        ReportFilter departmentOne = new ReportFilter(FIRST_HALF_2026.from(), FIRST_HALF_2026.to(), D1, null);
        Kpis k = reports.kpis(departmentOne, ReportScope.everything());
        assertThat(k.finished()).isEqualTo(8); // D1 and its commune C1
        assertThat(k.onTimeRate().display()).isEqualTo("87.50");
    }

    @Test
    void anOfficerSeesTheirAgencyAndTheAgenciesUnderIt() {
        officers.signIn(D1, Role.CENTRE_MANAGER);
        ReportScope scope = scopes.current();
        assertThat(scope.agencyCodes()).containsExactlyInAnyOrder(D1, C1);
        Kpis k = reports.kpis(FIRST_HALF_2026, scope);
        assertThat(k.received()).isEqualTo(12);
        assertThat(k.finished()).isEqualTo(8);
        assertThat(k.onTimeRate().display()).isEqualTo("87.50");
    }

    @Test
    void anOfficerCannotWidenTheirScopeWithTheAgencyFilter() {
        officers.signIn(D2, Role.CENTRE_MANAGER);
        ReportFilter otherDepartment = new ReportFilter(FIRST_HALF_2026.from(), FIRST_HALF_2026.to(), D1, null);
        assertThat(reports.kpis(otherDepartment, scopes.current()).received()).isZero();
        assertThat(reports.kpis(FIRST_HALF_2026, scopes.current()).onTimeRate().display()).isEqualTo("0.00");
    }

    @Test
    void aProvincialLeaderSeesTheWholeProvince() {
        officers.signIn(P, Role.LEADER);
        assertThat(reports.kpis(FIRST_HALF_2026, scopes.current()).received()).isEqualTo(15);
    }

    @Test
    void anOfficerOfAnotherProvinceSeesNothingOfThisOne() {
        officers.signIn(Q, Role.LEADER);
        Kpis k = reports.kpis(FIRST_HALF_2026, scopes.current());
        assertThat(k.received()).isZero();
        assertThat(k.onTimeRate().display()).isEqualTo("N/A");
    }

    @Test
    void aCallerWhoIsNoKnownOfficerSeesNothing() {
        assertThat(scopes.current()).isEqualTo(ReportScope.nothing());
        assertThat(reports.kpis(FIRST_HALF_2026, scopes.current()).received()).isZero();
    }

    @Test
    void anOfficerHoldingTheAdminRoleSeesEverything() {
        officers.signIn(D2, Role.ADMIN);
        assertThat(scopes.current().unrestricted()).isTrue();
    }
}
