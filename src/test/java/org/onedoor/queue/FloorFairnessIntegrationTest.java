package org.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.queue.FloorFixture.step;
import static org.onedoor.queue.FloorFixture.whenLongestWaitOver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fairness on the real database: the priority ratio over a long run, appointments by booked time, work-profile
 * conditions and transfers (to a counter: called there first; to a line: in its original place).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FloorTestConfiguration.class)
class FloorFairnessIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Autowired
    Queues queues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FloorTestConfiguration.TestClock clock;

    FloorFixture floor;
    String c = FloorFixture.centre();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private FloorFixture floor() {
        return floor == null ? floor = new FloorFixture(jdbc) : floor;
    }

    private Ticket issue(String time, long line, PriorityGroup group) {
        clock.set(DAY, time);
        return queues.issue(c, line, group);
    }

    private Ticket appointment(String checkIn, long line, String booked) {
        clock.set(DAY, checkIn);
        return queues.issue(new TicketRequest(c, line, null, TicketChannel.APPOINTMENT,
                DAY.atTime(java.time.LocalTime.parse(booked)).atZone(VietnamTime.ZONE).toInstant(), "APT-" + booked));
    }

    private Optional<Ticket> call(String time, String counter) {
        clock.set(DAY, time);
        return queues.callNext(c, counter, "officer" + counter);
    }

    @Test
    void overALongRunExactlyOneCallInThreeIsAPriorityTurnWhileBothKindsWait() {
        long a = floor().line(c, "A", 3);
        floor().counter(c, "1", step(a));
        // the worst case for normal tickets: all 50 priority citizens arrive first, then 100 others
        List<Long> priority = new ArrayList<>();
        List<Long> normal = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            priority.add(queues.issue(c, a, PriorityGroup.values()[i % 4]).id());
        }
        for (int i = 0; i < 100; i++) {
            normal.add(queues.issue(c, a, null).id());
        }
        List<Long> calledPriority = new ArrayList<>();
        List<Long> calledNormal = new ArrayList<>();
        for (int call = 1; call <= 150; call++) {
            Ticket t = queues.callNext(c, "1", "lan").orElseThrow();
            assertThat(t.priorityGroup() != null).as("call %d", call).isEqualTo(call % 3 == 0);
            (t.priorityGroup() != null ? calledPriority : calledNormal).add(t.id());
        }
        // each kind in its own arrival order, nobody skipped
        assertThat(calledPriority).isEqualTo(priority);
        assertThat(calledNormal).isEqualTo(normal);
        assertThat(queues.callNext(c, "1", "lan")).isEmpty();
    }

    @Test
    void appointmentsJoinTheLineInOrderOfBookedTime() {
        long a = floor().line(c, "A", 3);
        floor().counter(c, "1", step(a));
        Ticket k1 = issue("08:40", a, null);
        Ticket k2 = issue("08:50", a, null);
        Ticket p1 = appointment("09:00", a, "08:45");   // checked in late within its window: placed at 08:45
        Ticket p2 = appointment("09:00", a, "08:30");
        Ticket p3 = appointment("09:00", a, "09:20");   // came early: placed at its booked time
        Ticket k3 = issue("09:05", a, null);
        assertThat(p1.queueAt()).isBefore(p1.issuedAt());
        assertThat(queues.ahead(p1)).as("P2 (08:30) and K1 (08:40)").isEqualTo(2);

        List<Long> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(call("09:10", "1").orElseThrow().id());
        }
        assertThat(order).containsExactly(p2.id(), k1.id(), p1.id(), k2.id(), k3.id(), p3.id());
    }

    @Test
    void aConditionStepIsCalledFirstOnlyWhenItsLineHasWaitedMoreThanItsLimit() {
        long a = floor().line(c, "A", 3);
        long b = floor().line(c, "B", 3);
        // counter 4 serves B, and A when someone has waited at A more than 20 minutes
        floor().counter(c, "4", step(b), whenLongestWaitOver(a, 20));
        Ticket a1 = issue("08:00", a, null);
        Ticket b1 = issue("08:05", b, null);
        Ticket b2 = issue("08:06", b, null);

        assertThat(call("08:20:00", "4").orElseThrow().id()).as("exactly 20 minutes: not over").isEqualTo(b1.id());
        assertThat(call("08:20:01", "4").orElseThrow().id()).as("over 20 minutes: before B").isEqualTo(a1.id());
        assertThat(call("08:21", "4").orElseThrow().id()).isEqualTo(b2.id());
        issue("08:22", a, null);
        assertThat(call("08:23", "4")).as("a condition not met is not an ordinary step: counter 4 stays free")
                .isEmpty();
        assertThat(call("08:42:01", "4")).as("the A ticket has now waited over 20 minutes").isPresent();
    }

    @Test
    void aTicketTransferredToACounterIsCalledThereFirstAndByNoOtherCounter() {
        long a = floor().line(c, "A", 3);
        floor().counter(c, "1", step(a));
        floor().counter(c, "2", step(a));
        Ticket a1 = issue("08:00", a, null);
        Ticket a2 = issue("08:01", a, null);
        Ticket a3 = issue("08:02", a, null);
        assertThat(call("08:05", "1").orElseThrow().id()).isEqualTo(a1.id());
        clock.set(DAY, "08:06");
        Ticket sent = queues.transfer(c, a1.id(), null, "2", "officer1");
        assertThat(sent).extracting(Ticket::status, Ticket::counter, Ticket::calledAt, Ticket::queueAt)
                .containsExactly(TicketStatus.WAITING, "2", null, a1.queueAt());

        assertThat(call("08:07", "1").orElseThrow().id()).as("A001 waits for counter 2 only").isEqualTo(a2.id());
        assertThat(call("08:08", "2").orElseThrow().id()).as("before counter 2's own line").isEqualTo(a1.id());
        assertThat(call("08:09", "2").orElseThrow().id()).isEqualTo(a3.id());
    }

    @Test
    void aTicketTransferredToALineWaitsThereInItsOriginalPlace() {
        long a = floor().line(c, "A", 3);
        long b = floor().line(c, "B", 3);
        floor().counter(c, "1", step(a));
        floor().counter(c, "2", step(b));
        Ticket b1 = issue("08:00", b, null);
        Ticket a1 = issue("08:01", a, null);
        Ticket b2 = issue("08:02", b, null);
        assertThat(call("08:03", "1").orElseThrow().id()).isEqualTo(a1.id());
        clock.set(DAY, "08:04");
        queues.transfer(c, a1.id(), b, null, "officer1");
        assertThat(queues.ahead(queues.ticket(c, b2.id()).orElseThrow())).as("B001 and A001 (08:01)").isEqualTo(2);
        assertThat(queues.waiting(c, b)).isEqualTo(3);

        assertThat(List.of(call("08:05", "2").orElseThrow().id(), call("08:06", "2").orElseThrow().id(),
                call("08:07", "2").orElseThrow().id())).containsExactly(b1.id(), a1.id(), b2.id());
    }
}
