package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.onedoor.queue.FloorFixture;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor's settings API on a centre of its own: every save path with its validation errors, the scope of a
 * centre manager, the audit rows, and a profile change that the very next call follows.
 */
@SpringBootTest
@ActiveProfiles("test")
class FloorSettingsApiIntegrationTest {

    /** Procedures of the demo catalogue (reference data is on in the test profile). */
    static final String INTAKE_PROCEDURE = "1.001193";
    static final String CERTIFICATION_PROCEDURE = "2.000815";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired WebApplicationContext context;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;
    @Autowired org.onedoor.queue.internal.FloorAdministration administration;
    MockMvc mvc;
    String centre;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centre = FloorFixture.centre();
    }

    static RequestPostProcessor as(String agency, Role... roles) {
        AccountPrincipal p = new AccountPrincipal("quanly.test", "Quản lý", agency, Set.of(roles), Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(p, null, p.authorities()));
    }

    private RequestPostProcessor manager() {
        return as(centre, Role.CENTRE_MANAGER);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body, RequestPostProcessor who)
            throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.header("Accept-Language", "en").with(who)).andReturn().getResponse();
    }

    private JsonNode settings() throws Exception {
        MockHttpServletResponse r = send(get("/api/v1/queue/" + centre + "/settings"), null, manager());
        assertThat(r.getStatus()).isEqualTo(200);
        return JSON.readTree(r.getContentAsString());
    }

    private long createLine(String prefix, String... procedures) throws Exception {
        MockHttpServletResponse r = send(post("/api/v1/queue/" + centre + "/settings/lines"), lineJson(prefix, 3, procedures),
                manager());
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return queues.lines(centre).stream().filter(l -> l.prefix().equals(prefix)).findFirst().orElseThrow().id();
    }

    private static String lineJson(String prefix, int every, String... procedures) {
        return """
                {"prefix":"%s","nameVi":"Hàng %s","nameEn":"Line %s","nameId":"Antrean %s","priorityEvery":%d,
                 "procedures":[%s]}""".formatted(prefix, prefix, prefix, prefix, every,
                String.join(",", java.util.Arrays.stream(procedures).map(p -> "\"" + p + "\"").toList()));
    }

    private List<String> errorFields(MockHttpServletResponse r) throws Exception {
        List<String> fields = new java.util.ArrayList<>();
        JSON.readTree(r.getContentAsString()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private int audits(String action, String subjectId) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a and subject_id = :s")
                .param("a", action).param("s", subjectId).query(Integer.class).single();
    }

    @Test
    void theCentreSettingsAreSavedTogetherAuditedAndNeverHalfWritten() throws Exception {
        JsonNode before = settings().get("settings");
        assertThat(before.get("ownTarget").asBoolean()).isFalse();
        assertThat(before.get("targetWaitMinutes").asInt()).isEqualTo(15);

        MockHttpServletResponse bad = send(put("/api/v1/queue/" + centre + "/settings/centre"),
                "{\"targetWaitMinutes\":0,\"earlyMinutes\":20,\"lateMinutes\":5,\"horizonDays\":10,\"alertPlaces\":99}",
                manager());
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("targetWaitMinutes", "alertPlaces");
        assertThat(bad.getContentAsString()).contains("Enter a number from 1 to 480");
        assertThat(jdbc.sql("select count(*) from queue.visit_setting where centre = :c").param("c", centre)
                .query(Integer.class).single()).as("nothing written").isZero();

        MockHttpServletResponse ok = send(put("/api/v1/queue/" + centre + "/settings/centre"),
                "{\"targetWaitMinutes\":25,\"earlyMinutes\":20,\"lateMinutes\":5,\"horizonDays\":10,\"alertPlaces\":4}",
                manager());
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
        JsonNode after = JSON.readTree(ok.getContentAsString()).get("settings");
        assertThat(after.get("targetWaitMinutes").asInt()).isEqualTo(25);
        assertThat(after.get("alertPlaces").asInt()).isEqualTo(4);
        assertThat(after.get("ownVisit").asBoolean()).isTrue();
        // the floor's statistics use the new target at once
        assertThat(queues.statistics(centre, java.time.LocalDate.now(org.onedoor.common.VietnamTime.ZONE))
                .targetWaitSeconds()).isEqualTo(25 * 60);
        assertThat(audits("queue.settings.centre", centre)).isEqualTo(1);
    }

    @Test
    void aLineServesCatalogueProceduresEachAtOneLineOfTheCentre() throws Exception {
        long a = createLine("A", INTAKE_PROCEDURE);
        assertThat(queues.lineFor(centre, INTAKE_PROCEDURE)).map(QueueLine::id).contains(a);
        assertThat(audits("queue.settings.line.create", centre + "/A")).isEqualTo(1);

        MockHttpServletResponse taken = send(post("/api/v1/queue/" + centre + "/settings/lines"),
                lineJson("B", 2, INTAKE_PROCEDURE, "9.999999"), manager());
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(errorFields(taken)).containsOnly("procedures");
        assertThat(taken.getContentAsString()).contains("Procedure " + INTAKE_PROCEDURE + " is already served by line A",
                "The catalogue has no procedure 9.999999");

        MockHttpServletResponse prefix = send(post("/api/v1/queue/" + centre + "/settings/lines"),
                lineJson("A", 2), manager());
        assertThat(prefix.getStatus()).isEqualTo(400);
        assertThat(prefix.getContentAsString()).contains("The centre already has a line A");
        assertThat(queues.lines(centre)).hasSize(1);

        MockHttpServletResponse renamed = send(put("/api/v1/queue/" + centre + "/settings/lines/" + a),
                """
                {"nameVi":"Tiếp nhận","nameEn":"Intake","nameId":"Penerimaan","priorityEvery":2,
                 "procedures":["%s"],"slotMinutes":20,"capacity":3}""".formatted(CERTIFICATION_PROCEDURE), manager());
        assertThat(renamed.getStatus()).as(renamed.getContentAsString()).isEqualTo(200);
        QueueLine line = queues.lines(centre).get(0);
        assertThat(line.nameEn()).isEqualTo("Intake");
        assertThat(line.priorityEvery()).isEqualTo(2);
        assertThat(queues.procedures(centre, a)).containsExactly(CERTIFICATION_PROCEDURE);
        JsonNode view = settings().get("lines").get(0);
        assertThat(view.get("slotMinutes").asInt()).isEqualTo(20);
        assertThat(view.get("capacity").asInt()).isEqualTo(3);

        MockHttpServletResponse half = send(put("/api/v1/queue/" + centre + "/settings/lines/" + a),
                "{\"nameVi\":\"\",\"nameEn\":\"x\",\"nameId\":\"y\",\"priorityEvery\":500,\"slotMinutes\":20}",
                manager());
        assertThat(half.getStatus()).isEqualTo(400);
        assertThat(errorFields(half)).containsExactlyInAnyOrder("nameVi", "priorityEvery", "capacity");
        assertThat(queues.lines(centre).get(0).nameEn()).as("unchanged").isEqualTo("Intake");
    }

    @Test
    void aLineWithOpenTicketsTodayCannotBeDeactivated() throws Exception {
        long a = createLine("A");
        Ticket t = queues.issue(centre, a, null);

        MockHttpServletResponse refused = send(put("/api/v1/queue/" + centre + "/settings/lines/" + a + "/active"),
                "{\"active\":false}", manager());
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Line A cannot be deactivated: 1 of its tickets today");

        Ticket called = queues.callNext(centre, "1", "motcua.test", List.of(a)).orElseThrow();
        queues.act(centre, called.id(), TicketAction.DONE, "motcua.test");
        assertThat(send(put("/api/v1/queue/" + centre + "/settings/lines/" + a + "/active"), "{\"active\":false}",
                manager()).getStatus()).isEqualTo(200);
        assertThat(queues.lines(centre)).as("off the floor").isEmpty();
        assertThat(queues.statistics(centre, t.day()).lines()).as("still in the day's figures").hasSize(1);
        assertThat(audits("queue.settings.line.deactivate", centre + "/A")).isEqualTo(1);
    }

    @Test
    void aProfileChangeTakesEffectOnTheNextCall() throws Exception {
        long a = createLine("A");
        long b = createLine("B");
        MockHttpServletResponse created = send(post("/api/v1/queue/" + centre + "/settings/counters"), """
                {"code":"1","nameVi":"Quầy 1","nameEn":"Counter 1","nameId":"Loket 1","active":true,
                 "steps":[{"lineId":%d}]}""".formatted(a), manager());
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        int version = settings().get("counters").get(0).get("version").asInt();

        queues.issue(centre, a, null);
        Ticket onB = queues.issue(centre, b, null);
        MockHttpServletResponse changed = send(put("/api/v1/queue/" + centre + "/settings/counters/1/profile"),
                "{\"version\":%d,\"steps\":[{\"lineId\":%d},{\"lineId\":%d}]}".formatted(version, b, a), manager());
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);

        assertThat(queues.callNext(centre, "1", "motcua.test")).map(Ticket::id).contains(onB.id());
        assertThat(audits("queue.settings.counter.profile", centre + "/1")).isEqualTo(1);
    }

    @Test
    void aStaleOrInvalidProfileIsRefusedAndTheOldOneStays() throws Exception {
        long a = createLine("A");
        send(post("/api/v1/queue/" + centre + "/settings/counters"), """
                {"code":"2","nameVi":"Quầy 2","nameEn":"Counter 2","nameId":"Loket 2","active":true,
                 "steps":[{"lineId":%d}]}""".formatted(a), manager());
        int version = settings().get("counters").get(0).get("version").asInt();

        MockHttpServletResponse invalid = send(put("/api/v1/queue/" + centre + "/settings/counters/2/profile"),
                "{\"version\":%d,\"steps\":[{\"lineId\":%d,\"longestWaitOverMinutes\":0},{\"lineId\":%d},{\"lineId\":424242}]}"
                        .formatted(version, a, a), manager());
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("steps[0].longestWaitOverMinutes", "steps[2].lineId");

        // the other manager saved first: this editor's version is stale
        assertThat(send(put("/api/v1/queue/" + centre + "/settings/counters/2"),
                "{\"version\":%d,\"nameVi\":\"Quầy hai\",\"nameEn\":\"Counter two\",\"nameId\":\"Loket dua\",\"active\":true}"
                        .formatted(version), manager()).getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = send(put("/api/v1/queue/" + centre + "/settings/counters/2/profile"),
                "{\"version\":%d,\"steps\":[]}".formatted(version), manager());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Counter 2 was just changed by someone else");

        JsonNode counter = settings().get("counters").get(0);
        assertThat(counter.get("nameEn").asString()).isEqualTo("Counter two");
        assertThat(counter.get("profile")).hasSize(1);
        assertThat(counter.get("version").asInt()).isEqualTo(version + 1);
    }

    @Test
    void aCounterWithTicketsAtItCannotBeDeactivated() throws Exception {
        long a = createLine("A");
        send(post("/api/v1/queue/" + centre + "/settings/counters"),
                "{\"code\":\"3\",\"nameVi\":\"Q3\",\"nameEn\":\"C3\",\"nameId\":\"L3\",\"active\":true}", manager());
        queues.issue(centre, a, null);
        queues.callNext(centre, "3", "motcua.test").orElseThrow();
        int version = settings().get("counters").get(0).get("version").asInt();
        MockHttpServletResponse refused = send(put("/api/v1/queue/" + centre + "/settings/counters/3"),
                "{\"version\":%d,\"nameVi\":\"Q3\",\"nameEn\":\"C3\",\"nameId\":\"L3\",\"active\":false}".formatted(version),
                manager());
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Counter 3 cannot be deactivated");
        assertThat(queues.counters(centre)).hasSize(1);

        MockHttpServletResponse duplicate = send(post("/api/v1/queue/" + centre + "/settings/counters"),
                "{\"code\":\"3\",\"nameVi\":\"Q\",\"nameEn\":\"C\",\"nameId\":\"L\",\"active\":true}", manager());
        assertThat(duplicate.getStatus()).isEqualTo(400);
        assertThat(errorFields(duplicate)).containsExactly("code");
    }

    @Test
    void twoManagersSavingTheSameVersionAtOnceOneWinsTheOtherIsToldToReload() throws Exception {
        long a = createLine("A");
        long b = createLine("B");
        send(post("/api/v1/queue/" + centre + "/settings/counters"),
                "{\"code\":\"5\",\"nameVi\":\"Q5\",\"nameEn\":\"C5\",\"nameId\":\"L5\",\"active\":true}", manager());
        int version = settings().get("counters").get(0).get("version").asInt();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (long line : new long[] {a, b}) {
                results.add(pool.submit(() -> {
                    together.await();
                    try {
                        administration.updateCounter(centre, "5", version, null,
                                new org.onedoor.queue.internal.FloorSettings.ProfileChange(
                                        List.of(new org.onedoor.queue.internal.FloorSettings.StepChange(line, null))));
                        return "saved";
                    } catch (org.onedoor.common.DomainException e) {
                        return e.messageKey();
                    }
                }));
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (var r : results) {
                outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "queue.admin.error.stale");
        } finally {
            pool.shutdownNow();
        }
        JsonNode counter = settings().get("counters").get(0);
        assertThat(counter.get("version").asInt()).isEqualTo(version + 1);
        assertThat(counter.get("profile")).hasSize(1);
    }

    @Test
    void onlyTheCentresManagerOrAnAdminAdministersIt() throws Exception {
        String path = "/api/v1/queue/" + centre + "/settings";
        MockHttpServletResponse other = send(get(path), null, as("000.00.20.H37", Role.CENTRE_MANAGER, Role.LEADER));
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentAsString()).contains("You do not manage centre " + centre);
        assertThat(send(put(path + "/centre"),
                "{\"targetWaitMinutes\":5,\"earlyMinutes\":1,\"lateMinutes\":1,\"horizonDays\":1,\"alertPlaces\":1}",
                as("000.00.20.H37", Role.CENTRE_MANAGER)).getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from queue.centre_setting where centre = :c").param("c", centre)
                .query(Integer.class).single()).isZero();
        assertThat(send(get(path), null, as(centre, Role.DESK_OFFICER)).getStatus()).isEqualTo(403);
        assertThat(send(get(path), null, as(centre, Role.LEADER)).getStatus()).isEqualTo(403);
        assertThat(send(get(path), null, as("000.00.00.H24", Role.ADMIN)).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
