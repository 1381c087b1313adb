package org.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.queue.FloorFixture.step;
import static org.onedoor.queue.FloorFixture.whenLongestWaitOver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The counter's actions on the real database: park and resume, walk-ins, the dossier link, transfers' refusals,
 * the published ticket events, the estimated wait, and the configured floor (counters, lines for procedures).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FloorTestConfiguration.class)
class FloorActionsIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    static final String HOAN_KIEM = "000.00.31.H24";

    @Autowired
    Queues queues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FloorTestConfiguration.TestClock clock;
    @Autowired
    FloorTestConfiguration.PublishedTicketEvents published;

    String c = FloorFixture.centre();
    FloorFixture floor;
    long a;
    long b;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void floorWithCounters() {
        floor = new FloorFixture(jdbc);
        a = floor.line(c, "A", 3);
        b = floor.line(c, "B", 3);
        floor.counter(c, "1", step(a));
        floor.counter(c, "2", step(a));
        floor.counter(c, "3", step(b), step(a));
        floor.counter(c, "9", false, step(a));
    }

    private Ticket at(String time, java.util.function.Supplier<Ticket> action) {
        clock.set(DAY, time);
        return action.get();
    }

    private static void assertRefused(Runnable action, DomainException.Kind kind, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private int audits(String action, String ticketCode) {
        return jdbc.sql("""
                        select count(*) from audit.audit_event where action = :action and actor_agency = :c
                           and subject_id = :code""")
                .param("action", action).param("c", c).param("code", ticketCode).query(Integer.class).single();
    }

    @Test
    void parkedTicketsAreListedOldestFirstAndAResumeCallsThemBackToTheSameCounter() {
        floorWithCounters();
        Ticket a1 = at("08:00", () -> queues.issue(c, a, null));
        Ticket a2 = at("08:01", () -> queues.issue(c, a, null));
        at("08:05", () -> queues.callNext(c, "1", "lan").orElseThrow());
        at("08:06", () -> queues.act(c, a1.id(), TicketAction.START, "lan"));
        at("08:07", () -> queues.act(c, a1.id(), TicketAction.PARK, "lan"));
        at("08:08", () -> queues.callNext(c, "1", "lan").orElseThrow());
        Ticket parked = at("08:09", () -> queues.act(c, a2.id(), TicketAction.PARK, "lan"));
        assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
        assertThat(queues.parked(c, "1")).extracting(Ticket::code).containsExactly("A001", "A002");
        assertThat(queues.parked(c, "2")).isEmpty();
        assertThat(queues.callNext(c, "2", "minh")).as("a parked ticket is not waiting").isEmpty();

        Ticket resumed = at("08:20", () -> queues.act(c, a2.id(), TicketAction.RESUME, "lan"));
        assertThat(resumed).extracting(Ticket::status, Ticket::counter, Ticket::calledAt)
                .containsExactly(TicketStatus.CALLED, "1", clock.instant());
        assertThat(queues.parked(c, "1")).extracting(Ticket::code).containsExactly("A001");
        assertThat(queues.currentCalls(c)).extracting(Ticket::code).as("the board calls it again").containsExactly("A002");

        assertRefused(() -> queues.act(c, a2.id(), TicketAction.RESUME, "lan"), DomainException.Kind.CONFLICT,
                "queue.error.wrongState");
        assertRefused(() -> queues.act(c, a1.id(), TicketAction.DONE, "lan"), DomainException.Kind.CONFLICT,
                "queue.error.wrongState");
        // the citizen never came back: the counter clears its parked list
        assertThat(queues.act(c, a1.id(), TicketAction.NO_SHOW, "lan").status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(queues.parked(c, "1")).isEmpty();
        assertThat(audits("queue.park", "A001")).isEqualTo(1);
        assertThat(audits("queue.resume", "A002")).isEqualTo(1);
    }

    @Test
    void aWalkInIsServedAtOnceWithANumberOfTheLineAndIsNotAnnounced() {
        floorWithCounters();
        at("08:00", () -> queues.issue(c, b, null));
        Ticket walkIn = at("08:10", () -> queues.serveWalkIn(c, "3", b, "minh"));
        assertThat(walkIn).extracting(Ticket::code, Ticket::status, Ticket::channel, Ticket::counter, Ticket::calledAt)
                .containsExactly("B002", TicketStatus.SERVING, TicketChannel.WALK_IN, "3", null);
        assertThat(floor.events(walkIn.id())).containsExactly("ISSUED/-/-", "SERVING/3/minh");
        assertThat(queues.currentCalls(c)).isEmpty();
        assertThat(queues.waiting(c, b)).isEqualTo(1);
        assertThat(audits("queue.walk-in", "B002")).isEqualTo(1);
        assertThat(at("08:15", () -> queues.act(c, walkIn.id(), TicketAction.DONE, "minh")).status())
                .isEqualTo(TicketStatus.DONE);

        assertRefused(() -> queues.serveWalkIn(c, "7", b, "minh"), DomainException.Kind.NOT_FOUND,
                "queue.error.counterNotFound");
        assertRefused(() -> queues.serveWalkIn(c, "9", b, "minh"), DomainException.Kind.CONFLICT,
                "queue.error.counterInactive");
    }

    @Test
    void theDossierLinkIsIdempotentAuditedOnceAndNeverReplaced() {
        floorWithCounters();
        Ticket t = queues.issue(c, a, null);
        assertRefused(() -> queues.linkDossier(c, t.id(), "000.00.31.H24-260304-0001", "lan"),
                DomainException.Kind.CONFLICT, "queue.error.wrongState");
        queues.callNext(c, "1", "lan").orElseThrow();

        assertThat(queues.linkDossier(c, t.id(), "000.00.31.H24-260304-0001", "lan").dossierCode())
                .isEqualTo("000.00.31.H24-260304-0001");
        assertThat(queues.linkDossier(c, t.id(), " 000.00.31.H24-260304-0001 ", "lan").dossierCode())
                .isEqualTo("000.00.31.H24-260304-0001");
        assertThat(audits("queue.link-dossier", t.code())).isEqualTo(1);
        assertRefused(() -> queues.linkDossier(c, t.id(), "000.00.31.H24-260304-0002", "lan"),
                DomainException.Kind.CONFLICT, "queue.error.otherDossier");
        assertThatThrownBy(() -> queues.linkDossier(c, t.id(), " ", "lan"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("dossierCode"));
    }

    @Test
    void transfersNeedACalledTicketAndAKnownActiveTarget() {
        floorWithCounters();
        Ticket t = queues.issue(c, a, null);
        assertRefused(() -> queues.transfer(c, t.id(), b, null, "lan"), DomainException.Kind.CONFLICT,
                "queue.error.wrongState");
        queues.callNext(c, "1", "lan").orElseThrow();
        assertThatThrownBy(() -> queues.transfer(c, t.id(), null, null, "lan"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("toLineId"));
        long otherCentresLine = floor.line(FloorFixture.centre(), "A", 3);
        assertRefused(() -> queues.transfer(c, t.id(), otherCentresLine, null, "lan"), DomainException.Kind.NOT_FOUND,
                "queue.error.lineNotFound");
        assertRefused(() -> queues.transfer(c, t.id(), null, "9", "lan"), DomainException.Kind.CONFLICT,
                "queue.error.counterInactive");
        assertThat(queues.ticket(c, t.id()).orElseThrow().status()).as("nothing changed").isEqualTo(TicketStatus.CALLED);
        queues.transfer(c, t.id(), b, "3", "lan");
        assertThat(audits("queue.transfer", t.code())).isEqualTo(1);
    }

    @Test
    void everyStoredEventIsPublishedWithTheLineAndCounterConcerned() {
        floorWithCounters();
        Ticket t = at("08:00", () -> queues.issue(c, a, null));
        at("08:01", () -> queues.callNext(c, "1", "lan").orElseThrow());
        at("08:02", () -> queues.act(c, t.id(), TicketAction.RECALL, "lan"));
        at("08:03", () -> queues.transfer(c, t.id(), b, "3", "lan"));
        at("08:04", () -> queues.callNext(c, "3", "minh").orElseThrow());
        at("08:05", () -> queues.act(c, t.id(), TicketAction.START, "minh"));
        at("08:06", () -> queues.act(c, t.id(), TicketAction.PARK, "minh"));
        at("08:07", () -> queues.act(c, t.id(), TicketAction.RESUME, "minh"));
        at("08:08", () -> queues.act(c, t.id(), TicketAction.DONE, "minh"));

        java.util.function.Function<String, java.time.Instant> time = hm -> DAY.atTime(java.time.LocalTime.parse(hm))
                .atZone(org.onedoor.common.VietnamTime.ZONE).toInstant();
        assertThat(published.of(t.id())).containsExactly(
                new TicketEvent(c, t.id(), "A001", a, "ISSUED", null, time.apply("08:00")),
                new TicketEvent(c, t.id(), "A001", a, "CALLED", "1", time.apply("08:01")),
                new TicketEvent(c, t.id(), "A001", a, "RECALLED", "1", time.apply("08:02")),
                // a transfer is published with the line the ticket now waits in and the counter it waits for
                new TicketEvent(c, t.id(), "A001", b, "TRANSFERRED", "3", time.apply("08:03")),
                new TicketEvent(c, t.id(), "A001", b, "CALLED", "3", time.apply("08:04")),
                new TicketEvent(c, t.id(), "A001", b, "SERVING", "3", time.apply("08:05")),
                new TicketEvent(c, t.id(), "A001", b, "PARKED", "3", time.apply("08:06")),
                new TicketEvent(c, t.id(), "A001", b, "RESUMED", "3", time.apply("08:07")),
                new TicketEvent(c, t.id(), "A001", b, "DONE", "3", time.apply("08:08")));
        assertThat(floor.events(t.id())).extracting(e -> e.split("/")[0]).containsExactlyElementsOf(
                published.of(t.id()).stream().map(TicketEvent::type).toList());
    }

    @Test
    void theEstimatedWaitIsAheadTimesTheLinesServiceTimeOverTheCountersOpenForIt() {
        floorWithCounters();
        // no finished visit, no counter called: 3 × the default 5 minutes ÷ 1
        assertThat(queues.estimatedWait(c, a, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(queues.estimatedWait(c, a, 0)).isEqualTo(Duration.ZERO);
        String bare = FloorFixture.centre();
        assertThat(queues.estimatedWait(bare, floor.line(bare, "A", 3), 2)).as("a centre without counters")
                .isEqualTo(Duration.ofMinutes(10));

        Ticket a1 = at("08:00", () -> queues.issue(c, a, null));
        Ticket a2 = at("08:00", () -> queues.issue(c, a, null));
        at("08:01", () -> queues.issue(c, b, null));
        at("08:02", () -> queues.callNext(c, "1", "lan").orElseThrow());
        at("08:02", () -> queues.callNext(c, "2", "hoa").orElseThrow());
        at("08:04", () -> queues.act(c, a1.id(), TicketAction.DONE, "lan"));   // 120 s from the call
        at("08:06", () -> queues.act(c, a2.id(), TicketAction.DONE, "hoa"));   // 240 s
        at("08:10", () -> queues.callNext(c, "3", "minh").orElseThrow());        // a B ticket; A is in its profile

        clock.set(DAY, "08:20");
        // average 180 s; counters 1 and 2 called A tickets, 3 has A in its profile: 4 × 180 ÷ 3
        assertThat(queues.estimatedWait(c, a, 4)).isEqualTo(Duration.ofSeconds(240));
        // for B only counter 3 is open; no finished B visit: 2 × 300 ÷ 1
        assertThat(queues.estimatedWait(c, b, 2)).isEqualTo(Duration.ofSeconds(600));
        clock.set(DAY, "08:40:01");
        // more than 30 minutes after the calls of 1 and 2: only counter 3 (08:10) is still open
        assertThat(queues.estimatedWait(c, a, 4)).isEqualTo(Duration.ofSeconds(720));
        clock.set(DAY, "09:00");
        assertThat(queues.estimatedWait(c, a, 4)).as("nobody called lately: at least one counter")
                .isEqualTo(Duration.ofSeconds(720));
    }

    @Test
    void callingByProfileNeedsAConfiguredActiveCounter() {
        floorWithCounters();
        queues.issue(c, a, null);
        assertRefused(() -> queues.callNext(c, "7", "lan"), DomainException.Kind.NOT_FOUND,
                "queue.error.counterNotFound");
        assertRefused(() -> queues.callNext(c, "9", "lan"), DomainException.Kind.CONFLICT,
                "queue.error.counterInactive");
        assertThat(queues.counters(c)).extracting(ServiceCounter::code).containsExactly("1", "2", "3");
        assertThat(queues.counters(c).get(2).profile()).containsExactly(new ServiceCounter.ProfileStep(b, null),
                new ServiceCounter.ProfileStep(a, null));
    }

    @Test
    void theDemoFloorsHaveCountersOneToFourAndLinesForTheirProcedures() {
        List<ServiceCounter> counters = queues.counters(HOAN_KIEM);
        assertThat(counters).extracting(ServiceCounter::code).containsExactly("1", "2", "3", "4");
        QueueLine intake = queues.lines(HOAN_KIEM).stream().filter(l -> l.prefix().equals("A")).findFirst()
                .orElseThrow();
        assertThat(counters.get(3).profile()).as("counter 4 helps with intake after 20 minutes")
                .contains(new ServiceCounter.ProfileStep(intake.id(), 20));
        assertThat(queues.lineFor(HOAN_KIEM, "2.000815")).map(QueueLine::prefix).hasValue("B");
        assertThat(queues.lineFor(HOAN_KIEM, "1.001193")).map(QueueLine::prefix).hasValue("A");
        assertThat(queues.lineFor(HOAN_KIEM, "9.999999")).isEmpty();
        assertThat(queues.procedures(HOAN_KIEM, intake.id())).contains("1.001193", "1.004222")
                .doesNotContain("2.000815");
        assertThat(queues.counters("000.00.31.H37")).hasSize(4);
        // a procedure is served by one line per centre
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into queue.line_procedure (line_id, centre, procedure_code)
                        select id, centre, '2.000815' from queue.queue_line where centre = :c and prefix = 'C'""")
                .param("c", HOAN_KIEM).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
