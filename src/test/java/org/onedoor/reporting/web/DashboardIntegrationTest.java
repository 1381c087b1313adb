package org.onedoor.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.reporting.ReportingTestConfiguration.C1;
import static org.onedoor.reporting.ReportingTestConfiguration.D1;
import static org.onedoor.reporting.ReportingTestConfiguration.P;
import static org.onedoor.reporting.ScriptedDossiers.code;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.reporting.ReportingIntegrationTest;
import org.onedoor.reporting.ReportingTestConfiguration.StubOfficers;
import org.onedoor.reporting.ScriptedDossiers;
import org.onedoor.reporting.projection.Projections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@ReportingIntegrationTest
class DashboardIntegrationTest {

    static final String PERIOD = "from=2026-01-01&to=2026-06-30";

    @Autowired MockMvc mvc;
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
    @WithMockUser(roles = "CENTRE_MANAGER")
    void rendersTheDashboardForACentreManagerWithinTheirAgencies() throws Exception {
        officers.signIn(D1, Role.CENTRE_MANAGER);
        String page = mvc.perform(get("/dashboard?" + PERIOD + "&lang=en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("On-time rate by agency", "Overdue dossiers", "/webjars/echarts/", "/dist/echarts.min.js", "/js/reporting/dashboard.js")
                .contains("id=\"kpi-received\">12<", "id=\"kpi-finished\">8<", "id=\"kpi-onTimeRate\">87.50 %<")
                .contains("href=\"/workspace/dossiers/" + code(12) + "\"", "href=\"/workspace/dossiers/" + code(11) + "\"")
                .contains("data-report=")
                .doesNotContain("Department Two"); // D2 is outside the manager's agencies
        assertThat(page.indexOf(code(12))).isLessThan(page.indexOf(code(11)));
    }

    @Test
    @WithMockUser(roles = "CENTRE_MANAGER")
    void showsNotAvailableRatherThanDividingByZero() throws Exception {
        officers.signIn(D1, Role.CENTRE_MANAGER);
        String page = mvc.perform(get("/dashboard?from=2024-01-01&to=2024-01-31"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"kpi-onTimeRate\">N/A<", "id=\"kpi-onlineShare\">N/A<",
                "id=\"kpi-satisfaction\">N/A<");
    }

    @Test
    @WithMockUser(roles = "CENTRE_MANAGER")
    void showsTheSatisfactionOfTheCitizensRatingsWithinTheManagersAgencies() throws Exception {
        jdbc.sql("delete from reporting.service_rating where rating_id between -20 and -10").update();
        jdbc.sql("""
                        insert into reporting.service_rating (rating_id, centre, ticket_code, officer, rating, at) values
                        (-11, :d1, 'A001', 'canbo.b', 'SATISFIED', '2025-03-10T03:00:00Z'),
                        (-12, :d1, 'A002', 'canbo.a', 'NOT_SATISFIED', '2025-03-11T03:00:00Z'),
                        (-13, :d1, 'A003', 'canbo.b', 'ACCEPTABLE', '2025-03-12T03:00:00Z'),
                        (-14, 'ELSEWHERE.RPT', 'A001', 'canbo.c', 'NOT_SATISFIED', '2025-03-10T03:00:00Z')""")
                .param("d1", D1).update();
        officers.signIn(D1, Role.CENTRE_MANAGER);
        String page = mvc.perform(get("/dashboard?from=2025-03-01&to=2025-03-31&lang=en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"kpi-satisfaction\">50.00 %<",
                "3 ratings: 1 satisfied, 1 acceptable, 1 not satisfied");
        mvc.perform(get("/api/v1/reports/satisfaction?from=2025-03-01&to=2025-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.scoreDisplay").value("50.00"));
        mvc.perform(get("/api/v1/reports/satisfaction/by-officer?from=2025-03-01&to=2025-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].officer").value("canbo.b"))
                .andExpect(jsonPath("$[0].ratings.scoreDisplay").value("75.00"))
                .andExpect(jsonPath("$[1].officer").value("canbo.a"))
                .andExpect(jsonPath("$[1].ratings.scoreDisplay").value("0.00"));
        mvc.perform(get("/api/v1/reports/indicators?from=2025-03-01&to=2025-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.satisfactionDisplay").value("50.00"));
    }

    @Test
    void turnsAwayAnonymousVisitors() throws Exception {
        // to the login page or a 401 challenge, depending on what the client accepts
        mvc.perform(get("/dashboard")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
        mvc.perform(get("/api/v1/reports/indicators")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    @WithMockUser(roles = "DESK_OFFICER")
    void keepsTheDashboardPageFromDeskOfficers() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "CITIZEN")
    void keepsReportDataFromCitizens() throws Exception {
        mvc.perform(get("/api/v1/reports/kpis")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void servesTheDecision766IndicatorsAsJson() throws Exception {
        mvc.perform(get("/api/v1/reports/indicators?agency=" + P + "&" + PERIOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.onTimeShare.numerator").value(7))
                .andExpect(jsonPath("$.onTimeShare.denominator").value(10))
                .andExpect(jsonPath("$.onTimeShare.display").value("70.00"))
                .andExpect(jsonPath("$.averageProcessingDaysDisplay").value("5.84"))
                .andExpect(jsonPath("$.onlineSubmissionShare.display").value("40.00"))
                .andExpect(jsonPath("$.satisfactionDisplay").value("N/A"));
    }

    @Test
    @WithMockUser(roles = "SPECIALIST")
    void servesChartDataWithinTheOfficersAgencies() throws Exception {
        officers.signIn(C1, Role.SPECIALIST);
        mvc.perform(get("/api/v1/reports/dashboard?" + PERIOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kpis.finished").value(3))
                .andExpect(jsonPath("$.byAgency.length()").value(1))
                .andExpect(jsonPath("$.byAgency[0].key").value(C1))
                .andExpect(jsonPath("$.byAgency[0].onTimeRate.display").value("66.67"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void exportsTheOverdueListAsCsvForExcel() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/reports/overdue.csv?agency=" + P + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("overdue.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("Dossier code,Procedure code,Procedure,Agency code,Agency,Status,Due,Days overdue (working days)");
        assertThat(lines[1]).startsWith(code(12) + ",1.000002.RPT,Thủ tục B," + D1 + ",Department One,4 Processing,2026-03-25 17:00,");
        assertThat(lines[2]).startsWith(code(11) + ",");
    }

    @Test
    @WithMockUser(roles = "CENTRE_MANAGER")
    void letsTheDashboardDownloadItsCsvFilesWithTheBrowserSession() throws Exception {
        officers.signIn(C1, Role.CENTRE_MANAGER);
        String page = mvc.perform(get("/dashboard?" + PERIOD)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/dashboard/overdue.csv?from=2026-01-01&amp;to=2026-06-30\"");
        String csv = mvc.perform(get("/dashboard/by-procedure.csv?" + PERIOD + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the commune manager sees only the commune's procedure B dossiers
        assertThat(csv).isEqualTo("\uFEFFProcedure code,Procedure,Finished,Early,On time,Late,On-time rate (%)\r\n"
                + "1.000002.RPT,Thủ tục B,3,0,2,1,66.67\r\n");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void exportsTheOnTimeRateByProcedureAsCsv() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/reports/by-procedure.csv?agency=" + P + "&" + PERIOD + "&lang=en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Procedure code,Procedure,Finished,Early,On time,Late,On-time rate (%)\r\n"
                + "1.000001.RPT,Thủ tục A,7,3,2,2,71.43\r\n"
                + "1.000002.RPT,Thủ tục B,3,0,2,1,66.67\r\n");
    }
}
