package org.onedoor.forms.internal;

import java.util.List;

import org.onedoor.forms.ApologyExtension;
import org.onedoor.forms.IssuingAgency;
import org.onedoor.forms.Refusal;
import org.onedoor.forms.StopNotice;
import org.onedoor.forms.SupplementRequest;

import static org.onedoor.forms.internal.OfficialLayout.BODY;

/**
 * Forms 02–05, the letters to the applicant: supplement request, refusal, apology with a new appointment, and the
 * notice that processing stopped. Same frame, different wording (Circular 01/2018 models 02–04).
 */
final class LetterForms {

    private LetterForms() {
    }

    static void supplement(FormCanvas c, FormText t, SupplementRequest r, String url) {
        opening(c, t, r.agency(), r.requestedAt(), r.dossierCode(), url, "supplement.name");
        c.paragraph(t.get("letter.received", r.agency().name()), BODY);
        applicant(c, t, r.applicantName(), r.applicantAddress(), r.phone(), r.procedureName());
        c.field(t.get("receivedAt"), t.dateTime(r.receivedAt()), BODY);
        c.moveDown(3);
        c.paragraph(t.get("supplement.body"), BODY);
        int n = 1;
        for (String item : r.items()) {
            c.paragraph(BODY, 10, new TextWrap.Run(n++ + ".", c.regular), new TextWrap.Run(item, c.bold));
        }
        c.field(t.get("reason"), r.reason(), BODY);
        c.paragraph(t.get("supplement.closing", r.agency().name()), BODY);
        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.guide")), t.get("sign.hint"), r.officer())));
    }

    static void refusal(FormCanvas c, FormText t, Refusal r, String url) {
        opening(c, t, r.agency(), r.refusedAt(), r.dossierCode(), url, "refusal.name");
        c.paragraph(t.get("letter.received", r.agency().name()), BODY);
        applicant(c, t, r.applicantName(), r.applicantAddress(), r.phone(), r.procedureName());
        c.field(t.get("receivedAt"), t.dateTime(r.receivedAt()), BODY);
        c.moveDown(3);
        c.paragraph(t.get("refusal.body", r.agency().name()), BODY);
        c.paragraph(BODY, 10, new TextWrap.Run(r.reasons(), c.bold));
        c.paragraph(t.get("letter.closing"), BODY);
        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.receiver")), t.get("sign.hint"), r.officer())));
    }

    static void apology(FormCanvas c, FormText t, ApologyExtension a, String url) {
        opening(c, t, a.agency(), a.issuedAt(), a.dossierCode(), url, "apology.name");
        c.paragraph(t.get("apology.received", t.date(a.receivedAt()), a.agency().name()), BODY);
        applicant(c, t, a.applicantName(), a.applicantAddress(), null, a.procedureName());
        c.field(t.get("apology.originalDue"), t.dateTime(a.originalDueAt()), BODY);
        c.moveDown(3);
        c.paragraph(t.get("apology.late", a.agency().name()), BODY);
        c.field(t.get("reason"), a.reason(), BODY);
        c.paragraph(t.get("apology.sorry", a.agency().name()), BODY);
        c.paragraph(BODY, 0, new TextWrap.Run(t.get("apology.newDue"), c.regular),
                new TextWrap.Run(t.dateTime(a.newDueAt()), c.bold));
        c.paragraph(t.get("apology.closing"), BODY);
        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.agency")), t.get("sign.sealHint"), a.signer())));
    }

    static void stop(FormCanvas c, FormText t, StopNotice s, String url) {
        opening(c, t, s.agency(), s.stoppedAt(), s.dossierCode(), url, "stop.name");
        c.paragraph(t.get("apology.received", t.date(s.receivedAt()), s.agency().name()), BODY);
        applicant(c, t, s.applicantName(), s.applicantAddress(), null, s.procedureName());
        c.moveDown(3);
        c.paragraph(t.get("stop.body", s.agency().name()), BODY);
        c.field(t.get("reason"), s.reason(), BODY);
        c.field(t.get("legalBasis"), s.legalBasis(), BODY);
        c.paragraph(t.get("letter.closing"), BODY);
        OfficialLayout.signatures(c, List.of(
                new OfficialLayout.Signature(t.upper(t.get("sign.agency")), t.get("sign.sealHint"), s.signer())));
    }

    private static void opening(FormCanvas c, FormText t, IssuingAgency agency, java.time.Instant date, String code,
                                String url, String nameKey) {
        OfficialLayout.header(c, t, agency, date, code, url);
        OfficialLayout.title(c, t, t.get(nameKey));
    }

    private static void applicant(FormCanvas c, FormText t, String name, String address, String phone, String procedure) {
        c.field(t.get("applicant"), name, BODY);
        c.field(t.get("address"), address, BODY);
        c.field(t.get("phone"), phone, BODY);
        c.field(t.get("request"), procedure, BODY);
    }
}
