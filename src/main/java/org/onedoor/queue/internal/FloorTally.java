package org.onedoor.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.onedoor.common.VietnamTime;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.QueueLine;

/**
 * Adds up the facts of a period's visits into {@link FloorStatistics} (decision 0407). Feed it each ticket's events in
 * order ({@link #add}); a wait is a breach when it is longer than the target.
 */
final class FloorTally implements Visit.Facts {

    private final long targetSeconds;
    private final Map<Long, LineSum> lines = new TreeMap<>();
    private final Map<String, PlaceSum> counters = new TreeMap<>(FloorTally::byCode);
    private final Map<String, PlaceSum> officers = new TreeMap<>();
    private final Map<Integer, HourSum> hours = new TreeMap<>();
    private Long ticket;
    private Visit visit;

    FloorTally(long targetSeconds) {
        this.targetSeconds = targetSeconds;
    }

    /** Events of one ticket after another, each ticket's in the order they happened. */
    void add(StoredEvent e) {
        if (ticket == null || ticket != e.ticketId()) {
            if (visit != null) {
                visit.end();
            }
            ticket = e.ticketId();
            visit = new Visit(this);
        }
        visit.apply(e);
    }

    FloorStatistics result(String centre, LocalDate day, List<QueueLine> centreLines) {
        if (visit != null) {
            visit.end();
            visit = null;
        }
        Function<Long, String> prefix = id -> centreLines.stream().filter(l -> l.id() == id).map(QueueLine::prefix)
                .findFirst().orElse("?");
        List<FloorStatistics.LineFigures> lineFigures = lines.entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey(), prefix.apply(e.getKey())))
                .sorted(Comparator.comparing(FloorStatistics.LineFigures::prefix)).toList();
        List<FloorStatistics.CounterFigures> counterFigures = new ArrayList<>();
        counters.forEach((code, s) -> counterFigures.add(
                new FloorStatistics.CounterFigures(code, s.served, average(s.serviceSeconds, s.served))));
        List<FloorStatistics.OfficerFigures> officerFigures = new ArrayList<>();
        officers.forEach((name, s) -> officerFigures.add(new FloorStatistics.OfficerFigures(name, s.called, s.served,
                s.noShows, average(s.serviceSeconds, s.served))));
        List<FloorStatistics.HourFigures> hourFigures = new ArrayList<>();
        hours.forEach((h, s) -> hourFigures.add(new FloorStatistics.HourFigures(h, s.issued, s.called,
                average(s.waitSeconds, s.waits), s.breaches)));
        return new FloorStatistics(centre, day, targetSeconds, lineFigures, counterFigures, officerFigures,
                hourFigures);
    }

    @Override
    public void issued(long lineId, Instant at) {
        line(lineId).issued++;
        hour(at).issued++;
    }

    @Override
    public void called(long lineId, String counter, String officer, Instant at) {
        hour(at).called++;
        counter(counter);
        officer(officer).ifPresent(o -> o.called++);
    }

    @Override
    public void waited(long lineId, Instant lastCall, long seconds) {
        LineSum l = line(lineId);
        l.waits++;
        l.waitSeconds += seconds;
        l.longestWait = Math.max(l.longestWait, seconds);
        HourSum h = hour(lastCall);
        h.waits++;
        h.waitSeconds += seconds;
        if (seconds > targetSeconds) {
            l.breaches++;
            h.breaches++;
        }
    }

    @Override
    public void transferredOut(long fromLineId, long toLineId) {
        line(fromLineId).transfersOut++;
        line(toLineId);
    }

    @Override
    public void served(long lineId, String counter, String officer, long serviceSeconds) {
        line(lineId).served++;
        PlaceSum c = counter(counter);
        if (c != null) {
            c.served++;
            c.serviceSeconds += serviceSeconds;
        }
        officer(officer).ifPresent(o -> {
            o.served++;
            o.serviceSeconds += serviceSeconds;
        });
    }

    @Override
    public void noShow(long lineId, String counter, String officer) {
        line(lineId).noShows++;
        counter(counter);
        officer(officer).ifPresent(o -> o.noShows++);
    }

    @Override
    public void stillWaiting(long lineId) {
        line(lineId).waiting++;
    }

    private LineSum line(long id) {
        return lines.computeIfAbsent(id, k -> new LineSum());
    }

    private PlaceSum counter(String code) {
        return code == null ? null : counters.computeIfAbsent(code, k -> new PlaceSum());
    }

    private java.util.Optional<PlaceSum> officer(String name) {
        return java.util.Optional.ofNullable(name).map(n -> officers.computeIfAbsent(n, k -> new PlaceSum()));
    }

    private HourSum hour(Instant at) {
        return hours.computeIfAbsent(at.atZone(VietnamTime.ZONE).getHour(), k -> new HourSum());
    }

    private static long average(long sum, int n) {
        return n == 0 ? 0 : Math.round((double) sum / n);
    }

    /** Counter codes in natural order: 2 before 10. */
    static int byCode(String a, String b) {
        return a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static final class LineSum {
        int issued;
        int served;
        int noShows;
        int waiting;
        int waits;
        long waitSeconds;
        long longestWait;
        int breaches;
        int transfersOut;

        FloorStatistics.LineFigures figures(long id, String prefix) {
            return new FloorStatistics.LineFigures(id, prefix, issued, served, noShows, waiting,
                    average(waitSeconds, waits), longestWait, breaches, transfersOut);
        }
    }

    private static final class PlaceSum {
        int called;
        int served;
        int noShows;
        long serviceSeconds;
    }

    private static final class HourSum {
        int issued;
        int called;
        int waits;
        long waitSeconds;
        int breaches;
    }
}
