package org.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issuing and calling tickets on the real database: number series, concurrency, priority interleave, events, and a
 * scripted day replayed through the engine with every figure checked by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FloorTestConfiguration.class)
class QueueIntegrationTest {

    @Autowired
    Queues queues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FloorTestConfiguration.TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A fresh centre of its own so tests do not see each other's tickets. */
    private static String centre() {
        return "T." + UUID.randomUUID().toString().substring(0, 8);
    }

    private long line(String centre, String prefix, int priorityEvery) {
        return jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:c, :p, 'Hàng ' || :p, 'Line ' || :p, 'Antrean ' || :p, :e) returning id""")
                .param("c", centre).param("p", prefix).param("e", priorityEvery).query(Long.class).single();
    }

    @Test
    void numbersAreConsecutivePerLineAndDay() {
        String c = centre();
        long a = line(c, "A", 3);
        long b = line(c, "B", 3);
        List<String> codes = new ArrayList<>();
        codes.add(queues.issue(c, a, null).code());
        codes.add(queues.issue(c, a, PriorityGroup.ELDERLY).code());
        codes.add(queues.issue(c, b, null).code());
        codes.add(queues.issue(c, a, null).code());
        codes.add(queues.issue(c, b, null).code());
        assertThat(codes).containsExactly("A001", "A002", "B001", "A003", "B002");
        Ticket third = queues.issue(c, a, null);
        assertThat(third.number()).isEqualTo(4);
        assertThat(queues.ahead(third)).isEqualTo(3);
        assertThat(queues.waiting(c, a)).isEqualTo(4);
    }

    @Test
    void unknownLineIsNotFound() {
        String c = centre();
        long otherCentresLine = line(centre(), "A", 3);
        assertThatThrownBy(() -> queues.issue(c, otherCentresLine, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("queue.error.lineNotFound"));
    }

    @Test
    void parallelCountersNeverGetTheSameTicketAndCallEachOnce() throws Exception {
        String c = centre();
        long a = line(c, "A", 3);
        long b = line(c, "B", 3);
        for (int i = 0; i < 150; i++) {
            queues.issue(c, i % 2 == 0 ? a : b, i % 5 == 0 ? PriorityGroup.DISABLED : null);
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> called = new ConcurrentLinkedQueue<>();
        AtomicInteger empty = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String counter = "Q" + t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    Optional<Ticket> next = queues.callNext(c, counter, "officer" + counter, List.of(a, b));
                    next.ifPresentOrElse(tk -> {
                        assertThat(tk.counter()).isEqualTo(counter);
                        called.add(tk.id());
                    }, empty::incrementAndGet);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(called).hasSize(150).doesNotHaveDuplicates();
        assertThat(empty).hasValue(50);
        assertThat(jdbc.sql("select count(*) from queue.ticket where centre = :c and status = 'CALLED'")
                .param("c", c).query(Integer.class).single()).isEqualTo(150);
        assertThat(jdbc.sql("""
                        select count(distinct e.ticket_id) from queue.ticket_event e join queue.ticket t on t.id = e.ticket_id
                        where t.centre = :c and e.type = 'CALLED'""")
                .param("c", c).query(Integer.class).single()).isEqualTo(150);
        assertThat(jdbc.sql("""
                        select count(*) from queue.ticket_event e join queue.ticket t on t.id = e.ticket_id
                        where t.centre = :c and e.type = 'CALLED'""")
                .param("c", c).query(Integer.class).single()).isEqualTo(150);
    }

    @Test
    void priorityTicketsAreInterleavedEveryThirdCallNeverAnAbsoluteJump() {
        String c = centre();
        long a = line(c, "A", 3);
        // arrival order: normal, normal, priority, normal, priority, normal, priority
        queues.issue(c, a, null);                      // A001
        queues.issue(c, a, null);                      // A002
        queues.issue(c, a, PriorityGroup.PREGNANT);    // A003
        queues.issue(c, a, null);                      // A004
        queues.issue(c, a, PriorityGroup.INFANT);      // A005
        queues.issue(c, a, null);                      // A006
        queues.issue(c, a, PriorityGroup.ELDERLY);     // A007
        List<String> order = new ArrayList<>();
        Optional<Ticket> next;
        while ((next = queues.callNext(c, "1", "motcua", List.of(a))).isPresent()) {
            order.add(next.get().code());
        }
        // calls 3 and 6 are priority turns; other calls take the oldest normal ticket; when no normal ticket
        // waits (call 7) the priority one is called rather than leaving the counter idle
        assertThat(order).containsExactly("A001", "A002", "A003", "A004", "A006", "A005", "A007");
    }

    @Test
    void priorityOnEveryCallWhenTheRatioIsOne() {
        String c = centre();
        long a = line(c, "A", 1);
        queues.issue(c, a, null);
        queues.issue(c, a, PriorityGroup.DISABLED);
        assertThat(queues.callNext(c, "1", "x", List.of(a)).orElseThrow().code()).isEqualTo("A002");
    }

    @Test
    void everyEventIsStored() {
        String c = centre();
        long a = line(c, "A", 3);
        Ticket t = queues.issue(c, a, null);
        Ticket called = queues.callNext(c, "3", "motcua.hoankiem", List.of(a)).orElseThrow();
        assertThat(called.id()).isEqualTo(t.id());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.calledAt()).isNotNull();
        List<String> events = jdbc.sql("""
                        select type || '/' || coalesce(counter, '-') || '/' || coalesce(officer, '-')
                        from queue.ticket_event where ticket_id = :id order by id""")
                .param("id", t.id()).query(String.class).list();
        assertThat(events).containsExactly("ISSUED/-/-", "CALLED/3/motcua.hoankiem");
        assertThat(queues.currentCalls(c)).extracting(Ticket::code, Ticket::counter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A001", "3"));
        // the officer's call is also in the audit trail, under their name and the centre
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_event where action = 'queue.call' and actor = 'motcua.hoankiem'
                           and actor_agency = :centre and detail like :detail""")
                .param("centre", c).param("detail", "counter 3, ticket id " + t.id()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRecallMovesTheCallTimeAndTheVisitEndsServedOrAsANoShow() throws Exception {
        String c = centre();
        long a = line(c, "A", 3);
        Ticket first = queues.issue(c, a, null);
        Ticket second = queues.issue(c, a, null);
        Ticket called = queues.callNext(c, "1", "motcua.hoankiem", List.of(a)).orElseThrow();
        Thread.sleep(5);

        Ticket recalled = queues.act(c, first.id(), TicketAction.RECALL, "motcua.hoankiem");
        assertThat(recalled.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(recalled.calledAt()).isAfter(called.calledAt());   // the last call counts
        assertThat(queues.act(c, first.id(), TicketAction.START, "motcua.hoankiem").status()).isEqualTo(TicketStatus.SERVING);
        assertThat(queues.act(c, first.id(), TicketAction.DONE, "motcua.hoankiem").status()).isEqualTo(TicketStatus.DONE);

        queues.callNext(c, "1", "motcua.hoankiem", List.of(a)).orElseThrow();
        assertThat(queues.act(c, second.id(), TicketAction.NO_SHOW, "motcua.hoankiem").status()).isEqualTo(TicketStatus.NO_SHOW);

        assertThat(jdbc.sql("select type from queue.ticket_event where ticket_id = :id order by id")
                .param("id", first.id()).query(String.class).list())
                .containsExactly("ISSUED", "CALLED", "RECALLED", "SERVING", "DONE");
        assertThat(jdbc.sql("select type from queue.ticket_event where ticket_id = :id order by id")
                .param("id", second.id()).query(String.class).list())
                .containsExactly("ISSUED", "CALLED", "NO_SHOW");
    }

    @Test
    void anActionOnATicketInTheWrongStateOrOfAnotherCentreIsRefused() {
        String c = centre();
        long a = line(c, "A", 3);
        Ticket waiting = queues.issue(c, a, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queues.act(c, waiting.id(), TicketAction.DONE, "motcua.hoankiem"))
                .isInstanceOfSatisfying(org.onedoor.common.DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(org.onedoor.common.DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("queue.error.wrongState");
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queues.act(centre(), waiting.id(), TicketAction.RECALL, "motcua.hoankiem"))
                .isInstanceOfSatisfying(org.onedoor.common.DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.onedoor.common.DomainException.Kind.NOT_FOUND));
        assertThat(jdbc.sql("select count(*) from queue.ticket_event where ticket_id = :id").param("id", waiting.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anEmptyCallIsNotATurn() {
        String c = centre();
        long a = line(c, "A", 2);
        assertThat(queues.callNext(c, "1", "x", List.of(a))).isEmpty();
        queues.issue(c, a, null);                      // A001
        queues.issue(c, a, PriorityGroup.ELDERLY);     // A002
        queues.issue(c, a, null);                      // A003
        // first real call is a normal turn, the second a priority turn, as if the empty call had not happened
        assertThat(queues.callNext(c, "1", "x", List.of(a)).orElseThrow().code()).isEqualTo("A001");
        assertThat(queues.callNext(c, "1", "x", List.of(a)).orElseThrow().code()).isEqualTo("A002");
    }

    @Test
    void parallelIssuesGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        String c = centre();
        long a = line(c, "A", 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> numbers = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    numbers.add(queues.issue(c, a, null).number());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 80).boxed().toList());
    }

    /**
     * A scripted morning at a centre with lines A and B (priority every 3rd call), a 10-minute target, and counters
     * 1 [A, B] (officer lan), 2 [B, A] (minh), 3 [A] (hoa), replayed through the engine with the clock stopped at each
     * minute. Waits run from issue (an appointment: from max(issue, booked time)) to the last call before service, per
     * line the ticket waited in; service time is time at the counter without parked time.
     *
     * <pre>
     * 08:00 issue A001          08:01 issue B001        08:02 issue A002       08:03 issue A003 (elderly)
     * 08:05 c1 call #1 → A001 (wait 300)                 08:06 c1 start A001
     * 08:07 c2 call #1 → B001 (wait 360)                 08:08 c2 start B001
     * 08:10 issue A004, an appointment booked 08:00: placed before A002, waits from 08:10
     * 08:11 c1 done A001 (service 08:06–08:11 = 300)
     * 08:12 c1 call #2 → A004 (normal turn, oldest place; wait 120)     08:13 c1 park A004 (service so far 60)
     * 08:14 c1 call #3 → A003 (priority turn; wait 660 > 600: breach)  08:15 c1 transfers A003 to line B
     * 08:16 c2 done B001 (service 08:08–08:16 = 480)
     * 08:17 c1 resume A004   08:18 c1 start A004
     * 08:20 c2 call #2 → A003 (normal turn, no normal ticket in B; wait in B 08:15–08:20 = 300)  08:21 c2 start
     * 08:22 c1 done A004 (service 60 + 08:18–08:22 = 300)
     * 08:24 c2 transfers A003 to counter 3 (same line B: not a transfer out)
     * 08:25 c3 call #1 → A003 before A002 (transferred to it; wait 60)   08:26 c3 done A003 (from the call: 60)
     * 08:27 c3 call #2 → A002   08:29 c3 recall A002   08:31 c3 no-show A002 (wait to the recall 08:02–08:29 = 1620)
     * 08:40 c2 walk-in in B → B002 serving at once (no wait)   08:45 c2 done B002 (300)
     * 09:05 issue A005   09:06 issue B003 (still waiting at the end)
     * 09:10 c1 call #4 → A005 (wait 300)   09:12 c1 done A005 (no start: from the call, 120)
     * </pre>
     */
    @Test
    void aScriptedDayReplayedThroughTheEngineGivesEveryFigure() {
        FloorFixture floor = new FloorFixture(jdbc);
        String c = FloorFixture.centre();
        long a = floor.line(c, "A", 3);
        long b = floor.line(c, "B", 3);
        floor.counter(c, "1", FloorFixture.step(a), FloorFixture.step(b));
        floor.counter(c, "2", FloorFixture.step(b), FloorFixture.step(a));
        floor.counter(c, "3", FloorFixture.step(a));
        floor.targetWait(c, 10);
        LocalDate day = LocalDate.of(2026, 3, 2);
        java.util.function.Function<String, Ticket> issueA = time -> {
            clock.set(day, time);
            return queues.issue(c, a, null);
        };

        Ticket a001 = issueA.apply("08:00");
        clock.set(day, "08:01");
        Ticket b001 = queues.issue(c, b, null);
        Ticket a002 = issueA.apply("08:02");
        clock.set(day, "08:03");
        Ticket a003 = queues.issue(c, a, PriorityGroup.ELDERLY);
        assertThat(call(day, "08:05", c, "1", "lan")).isEqualTo("A001");
        act(day, "08:06", c, a001, TicketAction.START, "lan");
        assertThat(call(day, "08:07", c, "2", "minh")).isEqualTo("B001");
        act(day, "08:08", c, b001, TicketAction.START, "minh");
        clock.set(day, "08:10");
        Ticket a004 = queues.issue(new TicketRequest(c, a, null, TicketChannel.APPOINTMENT,
                day.atTime(8, 0).atZone(org.onedoor.common.VietnamTime.ZONE).toInstant(), "APT-1"));
        act(day, "08:11", c, a001, TicketAction.DONE, "lan");
        assertThat(call(day, "08:12", c, "1", "lan")).as("the appointment's place is its booked time").isEqualTo("A004");
        act(day, "08:13", c, a004, TicketAction.PARK, "lan");
        assertThat(call(day, "08:14", c, "1", "lan")).as("third call: priority turn").isEqualTo("A003");
        clock.set(day, "08:15");
        queues.transfer(c, a003.id(), b, null, "lan");
        act(day, "08:16", c, b001, TicketAction.DONE, "minh");
        act(day, "08:17", c, a004, TicketAction.RESUME, "lan");
        act(day, "08:18", c, a004, TicketAction.START, "lan");
        assertThat(call(day, "08:20", c, "2", "minh")).isEqualTo("A003");
        act(day, "08:21", c, a003, TicketAction.START, "minh");
        act(day, "08:22", c, a004, TicketAction.DONE, "lan");
        clock.set(day, "08:24");
        queues.transfer(c, a003.id(), null, "3", "minh");
        assertThat(call(day, "08:25", c, "3", "hoa")).as("transferred to counter 3: before A002").isEqualTo("A003");
        act(day, "08:26", c, a003, TicketAction.DONE, "hoa");
        assertThat(call(day, "08:27", c, "3", "hoa")).isEqualTo("A002");
        act(day, "08:29", c, a002, TicketAction.RECALL, "hoa");
        act(day, "08:31", c, a002, TicketAction.NO_SHOW, "hoa");
        clock.set(day, "08:40");
        Ticket b002 = queues.serveWalkIn(c, "2", b, "minh");
        assertThat(b002.code()).isEqualTo("B002");
        act(day, "08:45", c, b002, TicketAction.DONE, "minh");
        Ticket a005 = issueA.apply("09:05");
        clock.set(day, "09:06");
        queues.issue(c, b, null);
        assertThat(call(day, "09:10", c, "1", "lan")).isEqualTo("A005");
        act(day, "09:12", c, a005, TicketAction.DONE, "lan");

        FloorStatistics figures = queues.statistics(c, day);

        assertThat(figures.targetWaitSeconds()).isEqualTo(600);
        assertThat(figures.lines()).containsExactly(
                // A: issued A001–A005; served A001, A004, A005 (A003 finished in B); no-show A002;
                // waits 300 (A001) + 120 (A004) + 660 (A003) + 1620 (A002) + 300 (A005) = 3000 / 5 = 600, longest
                // 1620; breaches 660 and 1620; A003 transferred out
                new FloorStatistics.LineFigures(a, "A", 5, 3, 1, 0, 600, 1620, 2, 1),
                // B: issued B001, B002 (walk-in), B003; served B001, A003, B002; B003 waiting;
                // waits 360 (B001) + 300 (A003 after its transfer) + 60 (A003 for counter 3) = 720 / 3 = 240
                new FloorStatistics.LineFigures(b, "B", 3, 3, 0, 1, 240, 360, 0, 0));
        assertThat(figures.counters()).containsExactly(
                new FloorStatistics.CounterFigures("1", 3, 240),    // A001 300, A004 300, A005 120
                new FloorStatistics.CounterFigures("2", 2, 390),    // B001 480, B002 300
                new FloorStatistics.CounterFigures("3", 1, 60));    // A003 60 (A002 was a no-show there)
        assertThat(figures.officers()).containsExactly(
                // called = first calls (recalls and resumes are not new calls)
                new FloorStatistics.OfficerFigures("hoa", 2, 1, 1, 60),     // called A003, A002
                new FloorStatistics.OfficerFigures("lan", 4, 3, 0, 240),    // called A001, A004, A003, A005
                new FloorStatistics.OfficerFigures("minh", 2, 2, 0, 390));  // called B001, A003; B002 was a walk-in
        assertThat(figures.hours()).containsExactly(
                // 8h: issued A001–A004, B001, B002; 7 calls; waits ending 300, 360, 120, 660, 300, 60, 1620
                // = 3420 / 7 = 488.57 → 489; breaches 660, 1620
                new FloorStatistics.HourFigures(8, 6, 7, 489, 2),
                new FloorStatistics.HourFigures(9, 2, 1, 300, 0));   // issued A005, B003; A005 waited 300

        // the day's tickets end as the script left them, A003's visit is all in its events
        assertThat(queues.ticket(c, a003.id()).orElseThrow())
                .extracting(Ticket::status, Ticket::lineId, Ticket::counter)
                .containsExactly(TicketStatus.DONE, b, "3");
        assertThat(new FloorFixture(jdbc).events(a003.id())).containsExactly("ISSUED/-/-", "CALLED/1/lan",
                "TRANSFERRED/1/lan", "CALLED/2/minh", "SERVING/2/minh", "TRANSFERRED/2/minh", "CALLED/3/hoa",
                "DONE/3/hoa");
        assertThat(jdbc.sql("select service_seconds from queue.ticket where id = :id").param("id", a004.id())
                .query(Integer.class).single()).as("kept for the estimated wait").isEqualTo(300);
        assertThat(queues.statistics(c, day.plusDays(1)).lines()).isEmpty();
    }

    @Test
    void aPeriodAddsUpItsDays() {
        FloorFixture floor = new FloorFixture(jdbc);
        String c = FloorFixture.centre();
        long a = floor.line(c, "A", 3);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (LocalDate day : List.of(monday, monday.plusDays(1))) {
            clock.set(day, "08:00");
            queues.issue(c, a, null);
            queues.issue(c, a, null);
            clock.set(day, "08:10");
            Ticket t = queues.callNext(c, "1", "lan", List.of(a)).orElseThrow();   // waits 600 the 1st, 600 the 2nd
            clock.set(day, "08:20");
            queues.act(c, t.id(), TicketAction.DONE, "lan");
        }
        FloorStatistics period = queues.statistics(c, monday, monday.plusDays(1));
        assertThat(period.day()).isEqualTo(monday);
        // 4 issued, 2 served, 2 left waiting; waits 600 and 600; service 600 and 600
        assertThat(period.lines()).containsExactly(new FloorStatistics.LineFigures(a, "A", 4, 2, 0, 2, 600, 600, 0, 0));
        assertThat(period.counters()).containsExactly(new FloorStatistics.CounterFigures("1", 2, 600));
        assertThat(period.hours()).containsExactly(new FloorStatistics.HourFigures(8, 4, 2, 600, 0));
        assertThat(queues.statistics(c, monday).lines().get(0).issued()).isEqualTo(2);
    }

    private String call(LocalDate day, String time, String centre, String counter, String officer) {
        clock.set(day, time);
        return queues.callNext(centre, counter, officer).orElseThrow().code();
    }

    private void act(LocalDate day, String time, String centre, Ticket ticket, TicketAction action, String officer) {
        clock.set(day, time);
        queues.act(centre, ticket.id(), action, officer);
    }
}
