package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The centre manager's statistics page and its exports, on a centre of its own with a few served tickets. */
@SpringBootTest
@ActiveProfiles("test")
class StatisticsPageIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    String centre;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centre = "S." + UUID.randomUUID().toString().substring(0, 8);
        long a = jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:c, 'A', 'Tiếp nhận', 'Intake', 'Penerimaan', 3) returning id""")
                .param("c", centre).query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            queues.issue(centre, a, null);
        }
        Ticket first = queues.callNext(centre, "1", "motcua.test", java.util.List.of(a)).orElseThrow();
        queues.act(centre, first.id(), TicketAction.DONE, "motcua.test");
        Ticket second = queues.callNext(centre, "2", "motcua.test2", java.util.List.of(a)).orElseThrow();
        queues.act(centre, second.id(), TicketAction.NO_SHOW, "motcua.test2");
    }

    private static RequestPostProcessor as(String agency, Role... roles) {
        AccountPrincipal p = new AccountPrincipal("quanly.test", "Quản lý", agency, Set.of(roles), Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(p, null, p.authorities()));
    }

    @Test
    void theCentresManagerSeesTheDaysFiguresWithChartsAndTables() throws Exception {
        String html = mvc.perform(get("/queue/" + centre + "/statistics?lang=en").with(as(centre, Role.CENTRE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Floor statistics", "chart-hours", "/webjars/echarts/dist/echarts.min.js",
                "id=\"table-lines\"", "Per counter", "statistics.xlsx").doesNotContain("??");
        FloorStatistics s = queues.statistics(centre, LocalDate.now(VietnamTime.ZONE));
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.issued()).isEqualTo(3));
        // the data table row of line A: issued 3, served 1, no-show 1, waiting 1
        assertThat(html.replaceAll("\\s+", "")).contains("<td>A</td><td>3</td><td>1</td><td>1</td><td>1</td>");
    }

    @Test
    void aPeriodAddsUpItsDaysInThePageAndTheExports() throws Exception {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        String query = "?lang=en&day=" + today.minusDays(6) + "&to=" + today;
        String html = mvc.perform(get("/queue/" + centre + "/statistics" + query).with(as(centre, Role.CENTRE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("to " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Previous period", "day=" + today.minusDays(13) + "&amp;to=" + today.minusDays(7));
        assertThat(html.replaceAll("\\s+", "")).contains("<td>A</td><td>3</td><td>1</td><td>1</td><td>1</td>");
        String csv = mvc.perform(get("/queue/" + centre + "/statistics.csv" + query).with(as(centre, Role.CENTRE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Day," + today.minusDays(6) + " – " + today + "\r\n", "\r\nA,3,1,1,1,");
    }

    @Test
    void anotherCentresManagerADeskOfficerAndAnonymousAreKeptOut() throws Exception {
        mvc.perform(get("/queue/" + centre + "/statistics").with(as("000.00.20.H37", Role.CENTRE_MANAGER, Role.LEADER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + centre + "/statistics.xlsx").with(as("000.00.20.H37", Role.CENTRE_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + centre + "/statistics.csv").with(as(centre, Role.DESK_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + centre + "/statistics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/queue/" + centre + "/statistics").with(as("000.00.00.H24", Role.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/queue/" + centre + "/statistics").with(as(centre, Role.LEADER))).andExpect(status().isOk());
    }

    @Test
    void theExportsCarryTheFiguresOfTheDay() throws Exception {
        String day = LocalDate.now(VietnamTime.ZONE).toString();
        var csvResponse = mvc.perform(get("/queue/" + centre + "/statistics.csv?lang=en&day=" + day)
                .with(as(centre, Role.CENTRE_MANAGER))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csvResponse.getHeader("Content-Disposition")).contains("queue-statistics-" + centre + "-" + day + ".csv");
        String csv = csvResponse.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Per line\r\nLine,Issued,Served,No-shows,Waiting");
        String lineRow = csv.lines().filter(l -> l.startsWith("A,")).findFirst().orElseThrow();
        assertThat(lineRow).startsWith("A,3,1,1,1,");

        byte[] xlsx = mvc.perform(get("/queue/" + centre + "/statistics.xlsx?lang=en&day=" + day)
                        .with(as(centre, Role.CENTRE_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet lines = book.getSheet("Per line");
            StringBuilder row = new StringBuilder(lines.getRow(1).getCell(0).getStringCellValue());
            for (int c = 1; c < lines.getRow(1).getLastCellNum(); c++) {
                row.append(',').append((long) lines.getRow(1).getCell(c).getNumericCellValue());
            }
            assertThat(row.toString()).isEqualTo(lineRow);
            Sheet counters = book.getSheet("Per counter");
            assertThat(counters.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(counters.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1d);
            // the floor engine's per-hour and per-officer figures arrive in the export as they are
            Sheet hours = book.getSheet("Per hour");
            double issued = 0;
            for (int r = 1; r <= hours.getLastRowNum(); r++) {
                issued += hours.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(issued).isEqualTo(3d);
            Sheet officers = book.getSheet("Per officer");
            assertThat(officers.getLastRowNum()).isPositive();
            assertThat(officers.getRow(1).getCell(0).getStringCellValue()).startsWith("motcua.test");
        }
    }
}
