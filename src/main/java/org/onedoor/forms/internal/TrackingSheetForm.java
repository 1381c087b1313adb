package org.onedoor.forms.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.VietnamTime;
import org.onedoor.forms.TrackingSheet;

import static org.onedoor.forms.internal.OfficialLayout.BODY;

/** Form 06 (Circular 01/2018 model 03): tracking sheet, one table row per hand-over with its timeliness. */
final class TrackingSheetForm {

    private TrackingSheetForm() {
    }

    static void draw(FormCanvas c, FormText t, TrackingSheet sheet, String url) {
        OfficialLayout.header(c, t, sheet.agency(), sheet.preparedAt(), sheet.dossierCode(), url);
        OfficialLayout.title(c, t, t.get("tracking.name"));
        c.field(t.get("applicant"), sheet.applicantName(), BODY);
        c.field(t.get("request"), sheet.procedureName(), BODY);
        c.field(t.get("receivedAt"), t.dateTime(sheet.receivedAt()), BODY);
        c.field(t.get("tracking.dueAt"), t.dateTime(sheet.dueAt()), BODY);
        c.moveDown(4);

        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TrackingSheet.Row row : sheet.rows()) {
            String parties = t.get("tracking.handOver", FormText.orBlank(row.handedOverBy()), FormText.orBlank(row.receivedBy()));
            rows.add(List.of(String.valueOf(n++), row.step() + "\n" + parties, t.dateTime(row.handedOverAt()),
                    t.dateTime(row.dueAt()), t.dateTime(row.doneAt()),
                    t.get("timeliness." + timeliness(row.dueAt(), row.doneAt())), FormText.orBlank(row.note())));
        }
        c.table(new float[] {0.06f, 0.30f, 0.14f, 0.14f, 0.14f, 0.11f, 0.11f},
                List.of(t.get("col.no"), t.get("tracking.col.step"), t.get("tracking.col.handedOverAt"),
                        t.get("tracking.col.dueAt"), t.get("tracking.col.doneAt"), t.get("tracking.col.result"),
                        t.get("col.note")),
                rows, BODY - 3f);
        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.preparer")), t.get("sign.hint"), null)));
    }

    /**
     * Early when finished on a calendar day (Vietnam time) before the due day, on time up to the due moment,
     * late after it (Circular 01/2018 Art. 13 classification); pending while not finished.
     */
    static String timeliness(Instant dueAt, Instant doneAt) {
        if (doneAt == null) {
            return "PENDING";
        }
        if (dueAt == null) {
            return "ON_TIME";
        }
        if (doneAt.isAfter(dueAt)) {
            return "LATE";
        }
        return doneAt.atZone(VietnamTime.ZONE).toLocalDate().isBefore(dueAt.atZone(VietnamTime.ZONE).toLocalDate())
                ? "EARLY" : "ON_TIME";
    }
}
