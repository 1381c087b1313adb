package org.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.onedoor.calendar.TestCalendars.at;
import static org.onedoor.calendar.TestCalendars.show;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.audit.AuditTrail;
import org.onedoor.common.TimeLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The shipped calendar data, the administration page and the public API on the real embedded PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarIntegrationTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @MockitoBean
    AuditTrail audit;

    @Test
    void migrationsShipTheHolidaysOf2025To2027WithTheirSources() {
        assertThat(countDays(2025)).isEqualTo(13);
        assertThat(countDays(2026)).isEqualTo(12);
        assertThat(countDays(2027)).isEqualTo(13);
        assertThat(jdbc.sql("select year from calendar.calendar_year where verified order by year").query(Integer.class).list())
                .containsExactly(2025);

        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-05-02"))).as("swapped day off").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).as("Tết 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-04-16"))).as("Hùng Kings 2027").isFalse();
        assertThat(show(calendar.dueAt(at("2025-01-24 09:00"), TimeLimit.days(1)))).isEqualTo("2025-02-03 17:00");
    }

    @Test
    void theDatabaseRejectsAMakeUpDayOnAWeekday() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into calendar.calendar_day (day, kind, name_vi, name_en) values ('2027-03-10', 'MAKEUP_WORKING_DAY', 'x', 'x')""")
                .update()).hasMessageContaining("calendar_day_makeup_on_weekend");
    }

    @Test
    void addingAHolidayInTheAdminPageMovesDueDatesAndDeletingItMovesThemBack() throws Exception {
        var received = at("2027-03-09 09:00");
        assertThat(show(calendar.dueAt(received, TimeLimit.days(1)))).isEqualTo("2027-03-10 17:00");
        try {
            mvc.perform(post("/admin/calendar/days").with(ADMIN).with(csrf())
                            .param("year", "2027").param("date", "2027-03-10").param("kind", "HOLIDAY")
                            .param("nameVi", "Nghỉ thử").param("nameEn", "Test day off").param("source", "integration test"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/admin/calendar?year=2027"));

            assertThat(show(calendar.dueAt(received, TimeLimit.days(1)))).isEqualTo("2027-03-11 17:00");
            verify(audit).record(eq("calendar.day.create"), eq("calendar-day"), eq("2027-03-10"), anyString());
        } finally {
            mvc.perform(post("/admin/calendar/days/2027-03-10/delete").with(ADMIN).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(show(calendar.dueAt(received, TimeLimit.days(1)))).isEqualTo("2027-03-10 17:00");
    }

    @Test
    void editingADayCanMoveItToAnotherDate() throws Exception {
        try {
            saveDay("", "2027-03-10").andExpect(status().is3xxRedirection());
            saveDay("2027-03-10", "2027-03-11").andExpect(status().is3xxRedirection());

            assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-10"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-11"))).isFalse();
            verify(audit).record(eq("calendar.day.update"), eq("calendar-day"), eq("2027-03-11"), contains("was 2027-03-10"));
        } finally {
            mvc.perform(post("/admin/calendar/days/2027-03-10/delete").with(ADMIN).with(csrf()));
            mvc.perform(post("/admin/calendar/days/2027-03-11/delete").with(ADMIN).with(csrf()));
        }
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-11"))).isTrue();
    }

    @Test
    void editingTheCutOffChangesTheNextWorkingDayRule() throws Exception {
        var lateAfternoon = at("2027-03-09 15:30");
        assertThat(show(calendar.dueAt(lateAfternoon, TimeLimit.days(0)))).isEqualTo("2027-03-10 17:00");
        try {
            saveHours("16:00").andExpect(status().is3xxRedirection());
            assertThat(show(calendar.dueAt(lateAfternoon, TimeLimit.days(0)))).isEqualTo("2027-03-09 17:00");
        } finally {
            saveHours("15:00").andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void theAdminPageShowsFieldErrorsInTheUsersLanguage() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(ADMIN).with(csrf()).param("lang", "en")
                        .param("year", "2027").param("date", "2027-03-10").param("kind", "MAKEUP_WORKING_DAY")
                        .param("nameVi", "").param("nameEn", "Make-up"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A make-up working day must be a Saturday or a Sunday.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please fill in this field.")));
        assertThat(countDays(2027)).isEqualTo(13);
    }

    @Test
    void theAdminPageListsTheYearAndRefusesADuplicateDate() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2025").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tết Nguyên đán Ất Tỵ")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Năm 2025")));
        mvc.perform(post("/admin/calendar/days").with(ADMIN).with(csrf())
                        .param("year", "2025").param("date", "2025-05-02").param("kind", "HOLIDAY")
                        .param("nameVi", "Trùng").param("nameEn", "Duplicate"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ngày này đã có trong lịch.")));
    }

    @Test
    void theApiListsAYearAndComputesDueDates() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.days[?(@.date == '2025-04-26')].kind").value("MAKEUP_WORKING_DAY"))
                .andExpect(jsonPath("$.days.length()").value(13));
        mvc.perform(get("/api/v1/calendar/due-date").with(ADMIN)
                        .param("from", "2025-04-29T09:00").param("amount", "1").param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value("2025-05-05T17:00:00+07:00"));
        mvc.perform(get("/api/v1/calendar/due-date").with(ADMIN).param("from", "yesterday").param("amount", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "amount")));
    }

    private org.springframework.test.web.servlet.ResultActions saveDay(String original, String date) throws Exception {
        return mvc.perform(post("/admin/calendar/days").with(ADMIN).with(csrf())
                .param("year", "2027").param("originalDate", original).param("date", date).param("kind", "HOLIDAY")
                .param("nameVi", "Nghỉ thử").param("nameEn", "Test day off"));
    }

    private org.springframework.test.web.servlet.ResultActions saveHours(String cutoff) throws Exception {
        return mvc.perform(post("/admin/calendar/hours").with(ADMIN).with(csrf()).param("year", "2027")
                .param("morningStart", "07:30").param("morningEnd", "11:30")
                .param("afternoonStart", "13:00").param("afternoonEnd", "17:00").param("cutoff", cutoff));
    }

    private long countDays(int year) {
        return jdbc.sql("select count(*) from calendar.calendar_day where extract(year from day) = :year")
                .param("year", year).query(Long.class).single();
    }
}
