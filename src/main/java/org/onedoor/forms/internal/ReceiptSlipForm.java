package org.onedoor.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.forms.ReceiptSlip;

import static org.onedoor.forms.internal.OfficialLayout.BODY;

/** Form 01 (Circular 01/2018 model 01): receipt and appointment slip. */
final class ReceiptSlipForm {

    private ReceiptSlipForm() {
    }

    static void draw(FormCanvas c, FormText t, ReceiptSlip slip, String trackingUrl) {
        OfficialLayout.header(c, t, slip.agency(), slip.receivedAt(), slip.dossierCode(), trackingUrl);
        OfficialLayout.title(c, t, t.get("receipt.name"));

        c.paragraph(t.get("receipt.intro", slip.agency().name()), BODY);
        c.field(t.get("applicant"), slip.applicantName(), BODY);
        c.field(t.get("address"), slip.applicantAddress(), BODY);
        c.field(t.get("phone"), slip.phone(), BODY);
        c.field(t.get("email"), slip.email(), BODY);
        c.field(t.get("request"), slip.procedureName(), BODY);
        c.field(t.get("receipt.channel"), slip.channel(), BODY);

        c.paragraph(t.get("receipt.components"), BODY);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReceiptSlip.Component component : slip.components()) {
            rows.add(List.of(String.valueOf(n++), component.name(),
                    String.valueOf(component.originals()), String.valueOf(component.copies())));
        }
        c.moveDown(2);
        c.table(new float[] {0.08f, 0.62f, 0.15f, 0.15f},
                List.of(t.get("col.no"), t.get("col.document"), t.get("col.originals"), t.get("col.copies")),
                rows, BODY - 1.5f);
        c.moveDown(2);
        c.paragraph(t.get("receipt.count"), BODY);
        if (slip.timeLimit() != null && !slip.timeLimit().isBlank()) {
            c.paragraph(BODY, 0, new TextWrap.Run(t.get("receipt.timeLimit"), c.regular), new TextWrap.Run(slip.timeLimit(), c.bold));
        }
        c.paragraph(BODY, 0, new TextWrap.Run(t.get("receipt.receivedAt"), c.regular), new TextWrap.Run(t.dateTime(slip.receivedAt()), c.bold));
        c.paragraph(BODY, 0, new TextWrap.Run(t.get("receipt.dueAt"), c.regular), new TextWrap.Run(t.dateTime(slip.dueAt()), c.bold));
        if (slip.returnPlace() != null && !slip.returnPlace().isBlank()) {
            c.paragraph(BODY, 0, new TextWrap.Run(t.get("receipt.returnPlace"), c.regular), new TextWrap.Run(slip.returnPlace(), c.bold));
        }
        c.paragraph(BODY - 1, 0, new TextWrap.Run(t.get("trackHint", trackingUrl), c.regular));

        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.applicant")), t.get("sign.hint"), slip.applicantName()),
                new OfficialLayout.Signature(t.upper(t.get("sign.receiver")), t.get("sign.hint"), slip.receivingOfficer())));
    }
}
