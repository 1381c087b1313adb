package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.QueueLine;

/** Adding up visits: per counter in natural order, per officer, per hour, breaches strictly over the target. */
class FloorTallyTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final List<QueueLine> LINES = List.of(new QueueLine(1, "C", "A", "", "", "", 3));

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(VietnamTime.ZONE).toInstant();
    }

    private static void visit(FloorTally tally, long ticket, String issued, String called, String counter,
                              String officer, String done) {
        tally.add(new StoredEvent(ticket, "ISSUED", at(issued), null, null, 1, null, at(issued)));
        tally.add(new StoredEvent(ticket, "CALLED", at(called), counter, officer, 1, null, null));
        tally.add(new StoredEvent(ticket, "DONE", at(done), counter, officer, 1, null, null));
    }

    @Test
    void countersInNaturalOrderOfficersByNameHoursOfTheCallAndBreachesStrictlyOverTheTarget() {
        FloorTally tally = new FloorTally(600);
        visit(tally, 1, "07:55", "08:05", "10", "tuan", "08:10");   // wait 600: on target, not a breach
        visit(tally, 2, "07:58", "08:09", "2", "an", "08:12");      // wait 660: breach
        visit(tally, 3, "08:30", "09:00", "2", "an", "09:02");      // wait 1800: breach, in the 9 o'clock hour

        FloorStatistics figures = tally.result("C", DAY, LINES);

        assertThat(figures.lines()).containsExactly(new FloorStatistics.LineFigures(1, "A", 3, 3, 0, 0, 1020, 1800, 2, 0));
        assertThat(figures.counters()).extracting(FloorStatistics.CounterFigures::counter).containsExactly("2", "10");
        assertThat(figures.counters().get(0)).isEqualTo(new FloorStatistics.CounterFigures("2", 2, 150));
        assertThat(figures.officers()).containsExactly(new FloorStatistics.OfficerFigures("an", 2, 2, 0, 150),
                new FloorStatistics.OfficerFigures("tuan", 1, 1, 0, 300));
        assertThat(figures.hours()).containsExactly(new FloorStatistics.HourFigures(7, 2, 0, 0, 0),
                new FloorStatistics.HourFigures(8, 1, 2, 630, 1), new FloorStatistics.HourFigures(9, 0, 1, 1800, 1));
    }
}
