package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.PageTestSupport;
import org.onedoor.identity.Role;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The floor's pages: the public board, the mobile ticket (take, follow with its secret), the QR poster and the QR on
 * the kiosk ticket; the desk officer's counter screen (htmx fragment per action, CSRF, own centre only).
 */
@WithMockUser(username = "desk1", roles = "DESK_OFFICER")
class FloorPagesIntegrationTest extends PageTestSupport {

    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;

    long lineA;
    long lineB;

    @BeforeEach
    void centreWithTwoLines() {
        given(officers.current()).willReturn(Optional.of(officer("desk1", Role.DESK_OFFICER)));
        lineA = line("A", "Tiếp nhận hồ sơ", "Dossier intake");
        lineB = line("B", "Trả kết quả", "Result collection");
        counter("3", lineA, lineB);
        counter("4", lineB, lineA);
        // each test starts with an empty waiting room (the database is shared by the whole run)
        jdbc.sql("update queue.ticket set status = 'DONE' where centre = :c and status <> 'DONE'").param("c", CENTRE).update();
    }

    @Test
    @WithAnonymousUser
    void theBoardIsPublicInThreeLanguagesWithALiveRegionAndItsStream() throws Exception {
        mvc.perform(get("/queue/{c}/board", CENTRE).header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/queue/" + CENTRE + "/board?lang=vi"));
        String vi = page(get("/queue/{c}/board", CENTRE).param("lang", "vi"));
        assertThat(vi).contains("Bảng gọi số", "aria-live=\"assertive\"", "data-events=\"/queue/" + CENTRE + "/board/events\"",
                "data-announce=\"Mời số {0} đến quầy {1}\"", "data-speech-lang=\"vi-VN\"", "không,một,hai", "/js/queue-board.js");
        assertThat(page(get("/queue/{c}/board", CENTRE).param("lang", "en")))
                .contains("Now calling", "data-announce=\"Number {0}, please go to counter {1}\"", "data-speech-lang=\"en-GB\"");
        assertThat(page(get("/queue/{c}/board", CENTRE).param("lang", "id"))).contains("Sedang dipanggil", "id-ID");
        mvc.perform(get("/queue/{c}/board", "999.99.99.X00")).andExpect(status().isNotFound());
    }

    @Test
    @WithAnonymousUser
    void aCitizenTakesAWebTicketAndFollowsItOnlyWithItsSecret() throws Exception {
        assertThat(page(get("/queue/{c}/take", CENTRE).param("lang", "en"))).contains("Take a number", "A – Dossier intake");
        String location = mvc.perform(post("/queue/{c}/take", CENTRE).param("lineId", String.valueOf(lineA)).with(csrf()))
                .andExpect(redirectedUrlPattern("/queue/" + CENTRE + "/tickets/*?s=*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/tickets/(\\d+)\\?.*", "$1"));
        String secret = location.replaceAll(".*\\?s=", "");
        assertThat(secret).matches("[0-9a-f]{32}");
        assertThat(jdbc.sql("select channel from queue.ticket where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("WEB");

        assertThat(page(get(location).param("lang", "en"))).contains("Your number", ">A", "0 people before you.",
                "/queue/" + CENTRE + "/board/events", "hx-trigger=\"refresh, every 30s\"");
        mvc.perform(get("/queue/{c}/tickets/{id}", CENTRE, id).param("s", "0".repeat(32))).andExpect(status().isNotFound());
        mvc.perform(get("/queue/{c}/tickets/{id}", CENTRE, id)).andExpect(status().isNotFound());
        mvc.perform(get("/queue/{c}/tickets/{id}", "999.99.99.X00", id).param("s", secret)).andExpect(status().isNotFound());

        queues.callNext(CENTRE, "3", "desk1", List.of(lineA)).orElseThrow();
        String status = page(get("/queue/{c}/tickets/{id}/status", CENTRE, id).param("s", secret).param("lang", "en"));
        assertThat(status).doesNotContain("<html").contains("Your turn: please go to counter 3", "data-status=\"CALLED\"");
    }

    @Test
    @WithAnonymousUser
    void thePosterAndTheKioskTicketCarryQrCodes() throws Exception {
        String poster = page(get("/queue/{c}/poster", CENTRE).param("lang", "en"));
        assertThat(poster).contains("Take a number with your phone", "<svg", "/queue/" + CENTRE + "/take", "size: A4");
        String ticket = page(post("/queue/{c}/kiosk", CENTRE).param("lineId", String.valueOf(lineB)).with(csrf()));
        long id = jdbc.sql("select max(id) from queue.ticket where centre = :c").param("c", CENTRE).query(Long.class).single();
        String secret = jdbc.sql("select secret from queue.ticket where id = :id").param("id", id).query(String.class).single();
        assertThat(ticket).contains("id=\"follow-qr\"", "<svg", "Quét mã để theo dõi");
        assertThat(QrSvg.of("http://localhost:8080/queue/" + CENTRE + "/tickets/" + id + "?s=" + secret, "Mã QR theo dõi số thứ tự trên điện thoại"))
                .as("the ticket's QR code encodes its follow address").isSubstringOf(ticket);
    }

    @Test
    void theCounterCallsServesAndFinishesWithHtmxFragments() throws Exception {
        Ticket waiting = queues.issue(CENTRE, lineA, null);
        String screen = page(get("/queue/{c}/counter/{k}", CENTRE, "3").param("lang", "en"));
        assertThat(screen).contains("Counter 3", "No ticket at this counter", "<kbd>N</kbd>", "data-key=\"N\"", "aria-keyshortcuts");

        String called = mvc.perform(post("/queue/{c}/counter/{k}/next", CENTRE, "3").param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Replace-Url", "/queue/" + CENTRE + "/counter/3?ticket=" + waiting.id()))
                .andReturn().getResponse().getContentAsString();
        assertThat(called).doesNotContain("<html").contains("id=\"current-code\">" + waiting.code(), "Recall", "<kbd>R</kbd>",
                "/workspace/intake?ticket=" + waiting.id());

        page(post("/queue/{c}/counter/{k}/tickets/{id}/recall", CENTRE, "3", waiting.id()).with(csrf()));
        String serving = page(post("/queue/{c}/counter/{k}/tickets/{id}/start", CENTRE, "3", waiting.id()).param("lang", "en").with(csrf()));
        assertThat(serving).contains("Being served").doesNotContain("id=\"btn-recall\"");
        assertThat(page(get("/queue/{c}/counter/{k}", CENTRE, "3").param("ticket", String.valueOf(waiting.id()))))
                .as("a reload keeps the ticket on screen").contains("id=\"current-code\">" + waiting.code());
        String done = page(post("/queue/{c}/counter/{k}/tickets/{id}/done", CENTRE, "3", waiting.id()).param("lang", "en").with(csrf()));
        assertThat(done).contains("No ticket at this counter");
        assertThat(queues.ticket(CENTRE, waiting.id()).orElseThrow().status()).isEqualTo(TicketStatus.DONE);

        String nobody = page(post("/queue/{c}/counter/{k}/next", CENTRE, "3").param("lang", "en").with(csrf()));
        assertThat(nobody).contains("Nobody is waiting in the lines of this counter.");
    }

    @Test
    void aNoShowFreesTheCounterAndAWrongStateIsExplainedOnTheDesk() throws Exception {
        Ticket t = queues.issue(CENTRE, lineB, null);
        page(post("/queue/{c}/counter/{k}/next", CENTRE, "4").with(csrf()));
        assertThat(page(post("/queue/{c}/counter/{k}/tickets/{id}/no-show", CENTRE, "4", t.id()).param("lang", "en").with(csrf())))
                .contains("No ticket at this counter");
        assertThat(page(post("/queue/{c}/counter/{k}/tickets/{id}/start", CENTRE, "4", t.id()).param("lang", "en").with(csrf())))
                .contains("id=\"desk-message\"", t.code());
    }

    @Test
    void theCounterParksResumesTransfersAndServesAWalkIn() throws Exception {
        Ticket t = queues.issue(CENTRE, lineA, null);
        page(post("/queue/{c}/counter/{k}/next", CENTRE, "3").with(csrf()));
        String parked = page(post("/queue/{c}/counter/{k}/tickets/{id}/park", CENTRE, "3", t.id()).param("lang", "en").with(csrf()));
        assertThat(parked).contains("No ticket at this counter", "Resume " + t.code());
        String resumed = page(post("/queue/{c}/counter/{k}/tickets/{id}/resume", CENTRE, "3", t.id()).param("lang", "en").with(csrf()));
        assertThat(resumed).contains("id=\"current-code\">" + t.code()).doesNotContain("Resume " + t.code());

        String transferred = page(post("/queue/{c}/counter/{k}/tickets/{id}/transfer", CENTRE, "3", t.id())
                .param("toCounter", "4").param("lang", "en").with(csrf()));
        assertThat(transferred).contains("No ticket at this counter");
        Ticket moved = queues.ticket(CENTRE, t.id()).orElseThrow();
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.counter()).isEqualTo("4");
        assertThat(page(post("/queue/{c}/counter/{k}/next", CENTRE, "4").with(csrf())))
                .as("the counter it was sent to calls it first").contains("id=\"current-code\">" + t.code());
        assertThat(page(post("/queue/{c}/counter/{k}/tickets/{id}/transfer", CENTRE, "4", t.id()).param("lang", "en").with(csrf())))
                .as("a transfer needs a target").contains("Choose a line or a counter to transfer to.");

        String walkIn = page(post("/queue/{c}/counter/{k}/walk-in", CENTRE, "3").param("lineId", String.valueOf(lineB))
                .param("lang", "en").with(csrf()));
        assertThat(walkIn).contains("id=\"current-code\">B", "Being served");
    }

    @Test
    void theCounterScreenNeedsCsrfAndTheOfficersOwnCentre() throws Exception {
        mvc.perform(post("/queue/{c}/counter/{k}/next", CENTRE, "3")).andExpect(status().isForbidden());
        mvc.perform(get("/queue/{c}/counter/{k}", "000.00.31.H37", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/queue/{c}/counter/{k}/next", "000.00.31.H37", "3").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToTheLoginForTheCounterScreen() throws Exception {
        mvc.perform(get("/queue/{c}/counter/{k}", CENTRE, "3")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/queue/{c}/counters", CENTRE)).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithMockUser(username = "spec1", roles = "SPECIALIST")
    void onlyDeskOfficersWorkACounter() throws Exception {
        given(officers.current()).willReturn(Optional.of(officer("spec1", Role.SPECIALIST)));
        mvc.perform(get("/queue/{c}/counter/{k}", CENTRE, "3")).andExpect(status().isForbidden());
    }

    @Test
    void theCounterPickerListsTheCountersOrOpensOneByItsCode() throws Exception {
        String picker = page(get("/queue/{c}/counters", CENTRE).param("lang", "en"));
        if (queues.counters(CENTRE).isEmpty()) {
            assertThat(picker).contains("No counters are configured", "name=\"code\"");
        } else {
            assertThat(picker).contains("/queue/" + CENTRE + "/counter/" + queues.counters(CENTRE).get(0).code());
        }
        mvc.perform(get("/queue/{c}/counters", CENTRE).param("code", "7"))
                .andExpect(redirectedUrl("/queue/" + CENTRE + "/counter/7"));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A counter calling the given lines in order (its work profile), created once. */
    private void counter(String code, long... lines) {
        Long id = jdbc.sql("""
                        insert into queue.counter (centre, code, name_vi, name_en, name_id)
                        values (:c, :code, 'Quầy ' || :code, 'Counter ' || :code, 'Loket ' || :code)
                        on conflict (centre, code) do nothing returning id""")
                .param("c", CENTRE).param("code", code).query(Long.class).optional().orElse(null);
        for (int i = 0; id != null && i < lines.length; i++) {
            jdbc.sql("insert into queue.counter_step (counter_id, position, line_id) values (:id, :p, :l)")
                    .param("id", id).param("p", i + 1).param("l", lines[i]).update();
        }
    }

    private long line(String prefix, String vi, String en) {
        jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id)
                        values (:c, :p, :vi, :en, :en) on conflict (centre, prefix) do nothing""")
                .param("c", CENTRE).param("p", prefix).param("vi", vi).param("en", en).update();
        return jdbc.sql("select id from queue.queue_line where centre = :c and prefix = :p")
                .param("c", CENTRE).param("p", prefix).query(Long.class).single();
    }
}
