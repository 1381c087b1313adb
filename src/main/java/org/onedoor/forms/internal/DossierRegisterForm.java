package org.onedoor.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.forms.DossierRegister;

/**
 * Form 07 (Circular 01/2018 model 06): the dossier register, A4 landscape, the table header repeated on every page.
 * It lists many dossiers, so it carries each code as text and no QR code.
 */
final class DossierRegisterForm {

    private static final float TABLE = 7f;

    private DossierRegisterForm() {
    }

    static void draw(FormCanvas c, FormText t, DossierRegister register) {
        OfficialLayout.header(c, t, register.agency(), register.preparedAt(), null, null);
        OfficialLayout.title(c, t, t.get("register.name"));
        if (register.period() != null && !register.period().isBlank()) {
            c.centred(register.period(), c.regular, OfficialLayout.BODY);
            c.moveDown(4);
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (DossierRegister.Row row : register.rows()) {
            rows.add(List.of(String.valueOf(n++), row.dossierCode(), FormText.orBlank(row.procedureName()),
                    FormText.orBlank(row.applicantName()), FormText.orBlank(row.applicantContact()),
                    FormText.orBlank(row.competentAgency()), t.dateTime(row.receivedAt()), t.dateTime(row.dueAt()),
                    t.dateTime(row.returnedAt()), "", FormText.orBlank(row.note())));
        }
        c.table(new float[] {0.04f, 0.155f, 0.135f, 0.10f, 0.11f, 0.10f, 0.08f, 0.08f, 0.08f, 0.05f, 0.07f},
                List.of(t.get("col.no"), t.get("dossierCode"), t.get("register.col.procedure"),
                        t.get("register.col.applicant"), t.get("register.col.contact"), t.get("register.col.competent"),
                        t.get("register.col.received"), t.get("register.col.due"), t.get("register.col.returned"),
                        t.get("register.col.signature"), t.get("col.note")),
                rows, TABLE);
    }
}
