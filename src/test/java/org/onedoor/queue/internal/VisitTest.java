package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;

/** One ticket's events folded into waits and service time (decision 0407). */
class VisitTest {

    static final long A = 1;
    static final long B = 2;

    private final List<String> facts = new ArrayList<>();
    private final Visit.Facts recorder = new Visit.Facts() {
        public void issued(long lineId, Instant at) {
            facts.add("issued " + lineId);
        }

        public void called(long lineId, String counter, String officer, Instant at) {
            facts.add("called " + lineId + " at " + counter);
        }

        public void waited(long lineId, Instant lastCall, long seconds) {
            facts.add("waited " + lineId + " " + seconds);
        }

        public void transferredOut(long fromLineId, long toLineId) {
            facts.add("transferred " + fromLineId + ">" + toLineId);
        }

        public void served(long lineId, String counter, String officer, long serviceSeconds) {
            facts.add("served " + lineId + " at " + counter + " " + serviceSeconds);
        }

        public void noShow(long lineId, String counter, String officer) {
            facts.add("no-show " + lineId);
        }

        public void stillWaiting(long lineId) {
            facts.add("waiting " + lineId);
        }
    };

    private static Instant at(String time) {
        return LocalDate.of(2026, 3, 2).atTime(java.time.LocalTime.parse(time)).atZone(VietnamTime.ZONE).toInstant();
    }

    private static StoredEvent issued(String time, String waitFrom) {
        return new StoredEvent(1, "ISSUED", at(time), null, null, A, null, waitFrom == null ? null : at(waitFrom));
    }

    private static StoredEvent e(String type, String time, String counter, long line) {
        return new StoredEvent(1, type, at(time), counter, "x", line, null, null);
    }

    private static StoredEvent transfer(String time, long from, long to) {
        return new StoredEvent(1, "TRANSFERRED", at(time), "1", "x", from, to, null);
    }

    private Visit replay(StoredEvent... events) {
        Visit visit = new Visit(recorder);
        for (StoredEvent event : events) {
            visit.apply(event);
        }
        visit.end();
        return visit;
    }

    @Test
    void theLastCallEndsTheWaitAndServiceRunsFromTheMarkedStart() {
        Visit v = replay(issued("08:00", "08:00"), e("CALLED", "08:05", "1", A), e("RECALLED", "08:07", "1", A),
                e("SERVING", "08:08", "1", A), e("DONE", "08:18", "1", A));
        assertThat(facts).containsExactly("issued 1", "called 1 at 1", "waited 1 420", "served 1 at 1 600");
        assertThat(v.serviceSeconds()).isEqualTo(600);
    }

    @Test
    void withoutAMarkedStartServiceRunsFromTheLastCall() {
        assertThat(replay(issued("08:00", "08:00"), e("CALLED", "08:05", "1", A), e("RECALLED", "08:06", "1", A),
                e("DONE", "08:10", "1", A)).serviceSeconds()).isEqualTo(240);
    }

    @Test
    void parkedTimeIsNeitherWaitingNorServiceAndACallAfterTheResumeDoesNotMoveTheWait() {
        Visit v = replay(issued("08:00", "08:00"), e("CALLED", "08:05", "1", A), e("SERVING", "08:06", "1", A),
                e("PARKED", "08:10", "1", A), e("RESUMED", "08:30", "1", A), e("RECALLED", "08:31", "1", A),
                e("SERVING", "08:32", "1", A), e("DONE", "08:35", "1", A));
        assertThat(facts).containsExactly("issued 1", "called 1 at 1", "waited 1 300", "served 1 at 1 420");
        assertThat(v.serviceSeconds()).isEqualTo(4 * 60 + 3 * 60);
    }

    @Test
    void anAppointmentWaitsFromItsBookedTimeWhenItCameEarlyAndNeverLessThanNothing() {
        replay(issued("08:50", "09:00"), e("CALLED", "08:58", "1", A), e("NO_SHOW", "09:01", "1", A));
        assertThat(facts).containsExactly("issued 1", "called 1 at 1", "waited 1 0", "no-show 1");
    }

    @Test
    void aTransferEndsOneWaitAndStartsAnotherInTheTargetLine() {
        replay(issued("08:00", "08:00"), e("CALLED", "08:10", "1", A), transfer("08:12", A, B),
                e("CALLED", "08:20", "2", B), transfer("08:21", B, B), e("CALLED", "08:22", "3", B),
                e("DONE", "08:25", "3", B));
        assertThat(facts).containsExactly("issued 1", "called 1 at 1", "waited 1 600", "transferred 1>2",
                "called 2 at 2", "waited 2 480", "called 2 at 3", "waited 2 60", "served 2 at 3 180");
    }

    @Test
    void aWalkInNeverWaited() {
        replay(issued("08:40", null), e("SERVING", "08:40", "2", B), e("DONE", "08:45", "2", B));
        assertThat(facts).containsExactly("issued 1", "served 1 at 2 300");
    }

    @Test
    void anUncalledTicketIsStillWaitingAtTheEnd() {
        replay(issued("08:00", "08:00"));
        assertThat(facts).containsExactly("issued 1", "waiting 1");
    }
}
