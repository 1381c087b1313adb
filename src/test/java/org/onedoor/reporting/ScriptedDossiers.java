package org.onedoor.reporting;

import static org.onedoor.reporting.DossierEvents.dossier;
import static org.onedoor.reporting.DossierEvents.vn;
import static org.onedoor.reporting.ReportingTestConfiguration.C1;
import static org.onedoor.reporting.ReportingTestConfiguration.D1;
import static org.onedoor.reporting.ReportingTestConfiguration.D2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.catalog.Channel;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;
import org.onedoor.reporting.query.ReportFilter;

/**
 * A small data set whose figures are worked out by hand (province P of {@link ReportingTestConfiguration}).
 * All received on Monday 2026-03-02 09:00, due 2026-03-09 17:00, unless said otherwise.
 *
 * <pre>
 * processed (10)             agency  procedure  channel  finished          → class       working minutes (⅓ wall)
 *   RPT-01..03  3 early      D1      A          ONLINE   03-05 10:00       → EARLY       1460 each
 *   RPT-04..05  2 on time    D1      A          COUNTER  03-09 16:00       → ON_TIME     3500 each
 *   RPT-06..07  2 on time    C1      B          ONLINE/COUNTER 03-09 16:00 → ON_TIME     3500 each
 *   RPT-08      1 late       C1      B          COUNTER  03-10 10:00       → LATE        3860
 *   RPT-09      1 late       D2      A          COUNTER  03-10 10:00       → LATE        3860
 *   RPT-10      2 supplements D2     A          COUNTER  03-06 09:00       → LATE        1920
 * open
 *   RPT-11      processing   D1      A          COUNTER  due 03-27 → overdue
 *   RPT-12      processing   D1      B          ONLINE   due 03-25 → overdue, the most
 *   RPT-13      supplement requested D1 A      COUNTER  due 03-20 → paused, not overdue
 * closed without result
 *   RPT-14      refused at intake D2  A         ONLINE
 *   RPT-15      withdrawn     C1      B         COUNTER
 * outside the period
 *   RPT-16      processed early 2025-12 in D1
 * </pre>
 * Province: received 15, in progress 3, closed 2, finished 10 (3 early, 4 on time, 3 late) → 70.00 %,
 * overdue 2, online 6 of 15 → 40.00 %, mean processing 28 020 ÷ 10 = 2 802 min = 5.84 working days.
 */
public final class ScriptedDossiers {

    public static final ReportFilter FIRST_HALF_2026 = new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null);
    public static final String A = "1.000001.RPT";
    public static final String B = "1.000002.RPT";

    private ScriptedDossiers() {
    }

    public static List<DossierStatusChanged> events() {
        DossierEvents a = dossier("x").procedure(A, "Thủ tục A");
        DossierEvents b = dossier("x").procedure(B, "Thủ tục B");
        Instant early = vn("2026-03-05T10:00");
        Instant onTime = vn("2026-03-09T16:00");
        Instant late = vn("2026-03-10T10:00");
        List<DossierEvents> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            all.add(a.agency(D1).channel(Channel.ONLINE).finished(early));
        }
        all.add(a.agency(D1).finished(onTime));
        all.add(a.agency(D1).finished(onTime));
        all.add(b.agency(C1).channel(Channel.ONLINE).finished(onTime));
        all.add(b.agency(C1).finished(onTime));
        all.add(b.agency(C1).finished(late));
        all.add(a.agency(D2).finished(late));
        all.add(a.agency(D2).supplements(2).finished(vn("2026-03-06T09:00")));
        all.add(a.agency(D1).status(DossierStatus.PROCESSING).received(vn("2026-03-20T09:00")).due(vn("2026-03-27T17:00")));
        all.add(b.agency(D1).channel(Channel.ONLINE).status(DossierStatus.PROCESSING).received(vn("2026-03-18T09:00")).due(vn("2026-03-25T17:00")));
        all.add(a.agency(D1).status(DossierStatus.SUPPLEMENT_REQUESTED).supplements(1).due(vn("2026-03-20T17:00")));
        all.add(a.agency(D2).channel(Channel.ONLINE).status(DossierStatus.REFUSED_AT_INTAKE).due(null));
        all.add(b.agency(C1).status(DossierStatus.WITHDRAWN));
        all.add(a.agency(D1).received(vn("2025-12-01T09:00")).due(vn("2025-12-08T17:00")).finished(vn("2025-12-03T09:00")));
        List<DossierStatusChanged> events = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DossierEvents d = all.get(i);
            events.add(new DossierEvents(code(i + 1), d.procedureCode(), d.procedureName(), d.receiving(), d.competent(),
                    d.channel(), d.status(), d.receivedAt(), d.dueAt(), d.finishedAt(), d.supplements(), d.extended())
                    .event(5));
        }
        return events;
    }

    public static String code(int n) {
        return "RPT-260302-%04d".formatted(n);
    }

}
