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

import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Issuing and calling tickets on the real database: number series, concurrency, priority interleave, events. */
@SpringBootTest
@ActiveProfiles("test")
class QueueIntegrationTest {

    @Autowired
    Queues queues;
    @Autowired
    JdbcClient jdbc;

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

    /**
     * A scripted morning replayed as stored events, every figure computed by hand:
     * A001 issued 08:00, called 08:05 at counter 1, served 08:06–08:16 (wait 300 s, service 600 s);
     * A002 issued 08:02, called 08:10 and recalled 08:12 at counter 2, no-show 08:15 (wait 600 s: the last call
     * counts); A003 issued 08:20, still waiting; B001 issued 08:01, called 08:31 at counter 1, done 08:36 without a
     * marked start (wait 1,800 s, service 300 s from the call).
     */
    @Test
    void aScriptedDaysFiguresComeFromTheEvents() {
        String c = centre();
        long a = line(c, "A", 3);
        long b = line(c, "B", 3);
        LocalDate day = LocalDate.of(2026, 3, 2);
        visit(c, a, day, 1, "A001", "DONE", "1", "ISSUED 08:00", "CALLED 08:05", "SERVING 08:06", "DONE 08:16");
        visit(c, a, day, 2, "A002", "NO_SHOW", "2", "ISSUED 08:02", "CALLED 08:10", "RECALLED 08:12", "NO_SHOW 08:15");
        visit(c, a, day, 3, "A003", "WAITING", null, "ISSUED 08:20");
        visit(c, b, day, 1, "B001", "DONE", "1", "ISSUED 08:01", "CALLED 08:31", "DONE 08:36");

        FloorStatistics figures = queues.statistics(c, day);

        assertThat(figures.lines()).containsExactly(
                new FloorStatistics.LineFigures(a, "A", 3, 1, 1, 1, 450, 600, 0, 0),
                new FloorStatistics.LineFigures(b, "B", 1, 1, 0, 0, 1800, 1800, 0, 0));
        assertThat(figures.counters()).containsExactly(new FloorStatistics.CounterFigures("1", 2, 450));
        assertThat(queues.statistics(c, day.plusDays(1)).lines()).isEmpty();
    }

    private void visit(String centre, long line, LocalDate day, int number, String code, String status, String counter,
                       String... events) {
        java.util.function.Function<String, java.sql.Timestamp> at = time -> java.sql.Timestamp.from(
                day.atTime(java.time.LocalTime.parse(time)).atZone(org.onedoor.common.VietnamTime.ZONE).toInstant());
        long id = jdbc.sql("""
                        insert into queue.ticket (centre, line_id, day, number, code, status, issued_at, queue_at, counter)
                        values (:centre, :line, :day, :number, :code, :status, :issued, :issued, :counter) returning id""")
                .param("centre", centre).param("line", line).param("day", day).param("number", number)
                .param("code", code).param("status", status).param("issued", at.apply(events[0].split(" ")[1]))
                .param("counter", counter).query(Long.class).single();
        for (String event : events) {
            String[] e = event.split(" ");
            jdbc.sql("insert into queue.ticket_event (ticket_id, type, at, counter) values (:id, :type, :at, :counter)")
                    .param("id", id).param("type", e[0]).param("at", at.apply(e[1]))
                    .param("counter", e[0].equals("ISSUED") ? null : counter).update();
        }
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
}
