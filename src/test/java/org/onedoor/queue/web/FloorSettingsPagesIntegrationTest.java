package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.queue.web.FloorSettingsApiIntegrationTest.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.queue.FloorFixture;
import org.onedoor.queue.Queues;
import org.onedoor.queue.ServiceCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The settings pages: the overview, the forms with their errors next to the fields, and who may open them. */
@SpringBootTest
@ActiveProfiles("test")
class FloorSettingsPagesIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    String centre;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centre = FloorFixture.centre();
        FloorFixture floor = new FloorFixture(jdbc);
        a = floor.line(centre, "A", 3);
        b = floor.line(centre, "B", 3);
        floor.counter(centre, "1", FloorFixture.step(a));
    }

    @Test
    void theOverviewShowsLinesCountersAndTheCentresSettings() throws Exception {
        String html = mvc.perform(get("/queue/" + centre + "/settings?lang=en").with(as(centre, Role.CENTRE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Floor settings", "id=\"line-A\"", "id=\"line-B\"", "id=\"counter-1\"",
                "Target waiting time (minutes)", "value=\"15\"", "/queue/" + centre + "/settings/counters/1")
                .doesNotContain("??");
        for (String lang : new String[] {"vi", "id"}) {
            assertThat(mvc.perform(get("/queue/" + centre + "/settings?lang=" + lang).with(as(centre, Role.CENTRE_MANAGER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("??");
        }
    }

    @Test
    void aWordForANumberIsAFieldErrorAndAValidSaveRedirects() throws Exception {
        String html = mvc.perform(post("/queue/" + centre + "/settings/centre?lang=en").with(csrf())
                        .with(as(centre, Role.CENTRE_MANAGER))
                        .param("targetWaitMinutes", "twenty").param("earlyMinutes", "30").param("lateMinutes", "10")
                        .param("horizonDays", "14").param("alertPlaces", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter a whole number.").contains("is-invalid");
        mvc.perform(post("/queue/" + centre + "/settings/centre").with(csrf()).with(as(centre, Role.CENTRE_MANAGER))
                        .param("targetWaitMinutes", "20").param("earlyMinutes", "30").param("lateMinutes", "10")
                        .param("horizonDays", "14").param("alertPlaces", "0"))
                .andExpect(status().isOk());   // alert places 0 is out of range: the form again
        mvc.perform(post("/queue/" + centre + "/settings/centre").with(csrf()).with(as(centre, Role.CENTRE_MANAGER))
                        .param("targetWaitMinutes", "20").param("earlyMinutes", "30").param("lateMinutes", "10")
                        .param("horizonDays", "14").param("alertPlaces", "2"))
                .andExpect(redirectedUrl("/queue/" + centre + "/settings"));
        assertThat(jdbc.sql("select target_wait_minutes from queue.centre_setting where centre = :c").param("c", centre)
                .query(Integer.class).single()).isEqualTo(20);
    }

    @Test
    void theCounterFormSavesNamesAndProfileAndShowsAStepsErrorInItsRow() throws Exception {
        int version = jdbc.sql("select version from queue.counter where centre = :c and code = '1'").param("c", centre)
                .query(Integer.class).single();
        // rows: 0 = B, 1 = empty, 2 = A with 999 minutes (out of range)
        String html = mvc.perform(post("/queue/" + centre + "/settings/counters/1?lang=en").with(csrf())
                        .with(as(centre, Role.CENTRE_MANAGER))
                        .param("version", Integer.toString(version)).param("nameVi", "Quầy 1").param("nameEn", "Desk 1")
                        .param("nameId", "Loket 1").param("active", "true").param("_active", "on")
                        .param("steps[0].lineId", Long.toString(b)).param("steps[1].lineId", "")
                        .param("steps[2].lineId", Long.toString(a)).param("steps[2].longestWaitOverMinutes", "999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter a number from 1 to 480.");
        assertThat(html.replaceAll("\\s+", " ")).containsPattern("class=\"form-control is-invalid\"[^>]*id=\"steps2.longestWaitOverMinutes\"");

        mvc.perform(post("/queue/" + centre + "/settings/counters/1").with(csrf()).with(as(centre, Role.CENTRE_MANAGER))
                        .param("version", Integer.toString(version)).param("nameVi", "Quầy 1").param("nameEn", "Desk 1")
                        .param("nameId", "Loket 1").param("active", "true").param("_active", "on")
                        .param("steps[0].lineId", Long.toString(b)).param("steps[1].lineId", "")
                        .param("steps[2].lineId", Long.toString(a)).param("steps[2].longestWaitOverMinutes", "20"))
                .andExpect(redirectedUrl("/queue/" + centre + "/settings"));
        ServiceCounter counter = queues.counters(centre).get(0);
        assertThat(counter.nameEn()).isEqualTo("Desk 1");
        assertThat(counter.profile()).containsExactly(new ServiceCounter.ProfileStep(b, null),
                new ServiceCounter.ProfileStep(a, 20));
    }

    @Test
    void aNewLineWithAnUnknownProcedureShowsTheErrorAndIsNotCreated() throws Exception {
        String html = mvc.perform(post("/queue/" + centre + "/settings/lines?lang=en").with(csrf())
                        .with(as(centre, Role.CENTRE_MANAGER))
                        .param("prefix", "c").param("nameVi", "Trả kết quả").param("nameEn", "Results")
                        .param("nameId", "Hasil").param("priorityEvery", "3").param("procedures", "9.999999")
                        .param("slotMinutes", "15").param("capacity", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The catalogue has no procedure 9.999999");
        assertThat(queues.lines(centre)).hasSize(2);
        mvc.perform(post("/queue/" + centre + "/settings/lines").with(csrf()).with(as(centre, Role.CENTRE_MANAGER))
                        .param("prefix", "c").param("nameVi", "Trả kết quả").param("nameEn", "Results")
                        .param("nameId", "Hasil").param("priorityEvery", "3").param("procedures", "")
                        .param("slotMinutes", "15").param("capacity", "2"))
                .andExpect(redirectedUrl("/queue/" + centre + "/settings"));
        assertThat(queues.lines(centre)).extracting(l -> l.prefix()).containsExactly("A", "B", "C");
    }

    @Test
    void anotherCentresManagerAndADeskOfficerAreKeptOut() throws Exception {
        mvc.perform(get("/queue/" + centre + "/settings").with(as("000.00.20.H37", Role.CENTRE_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/queue/" + centre + "/settings/centre").with(csrf()).with(as("000.00.20.H37", Role.CENTRE_MANAGER))
                        .param("targetWaitMinutes", "20").param("earlyMinutes", "30").param("lateMinutes", "10")
                        .param("horizonDays", "14").param("alertPlaces", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + centre + "/settings").with(as(centre, Role.DESK_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + centre + "/settings").with(as("000.00.00.H24", Role.ADMIN)))
                .andExpect(status().isOk());
    }
}
