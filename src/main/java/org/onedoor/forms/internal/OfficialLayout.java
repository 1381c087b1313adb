package org.onedoor.forms.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.onedoor.forms.IssuingAgency;

/**
 * The parts every official form shares (Decree 30/2020 Annex I, Circular 01/2018 models): the agency on the left
 * and the national motto on the right, the place-and-date line, the centred title, the dossier code with its QR
 * code, and the signature block.
 */
final class OfficialLayout {

    static final float BODY = 9f;
    private static final float HEADER = 8f;
    private static final float QR_SIDE = 58f;

    private OfficialLayout() {
    }

    /**
     * Header of page one. Left column: governing body, agency (bold), a short rule, then the QR code and the dossier
     * code when there is one. Right column: the national name, the motto, a rule, the place-and-date line.
     */
    static void header(FormCanvas c, FormText t, IssuingAgency agency, Instant date, String dossierCode, String url) {
        float top = c.y();
        float leftWidth = c.width() * 0.42f;
        float rightX = c.left() + leftWidth;
        float rightWidth = c.width() - leftWidth;

        float left = 0;
        if (agency.parentName() != null && !agency.parentName().isBlank()) {
            left += c.centredAt(t.upper(agency.parentName()), c.regular, HEADER, c.left(), leftWidth, top);
        }
        left += c.centredAt(t.upper(agency.name()), c.bold, HEADER, c.left(), leftWidth, top - left);
        rule(c, c.left() + leftWidth / 2, top - left - 2, leftWidth / 3);
        left += 6;

        float right = c.centredAt(t.get("nation"), c.bold, HEADER, rightX, rightWidth, top);
        right += c.centredAt(t.get("motto"), c.bold, HEADER + 0.5f, rightX, rightWidth, top - right);
        rule(c, rightX + rightWidth / 2, top - right - 2, FormCanvas.width(t.get("motto"), c.bold, HEADER + 0.5f));
        right += 8;
        right += c.centredAt(t.placeAndDate(agency.place(), date), c.regular, HEADER, rightX, rightWidth, top - right);

        if (dossierCode != null) {
            try {
                float qrTop = top - left - 2;
                c.image(QrCodes.image(c.document(), url), c.left() + (leftWidth - QR_SIDE) / 2, qrTop - QR_SIDE, QR_SIDE);
                left += QR_SIDE + 2;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            left += c.centredAt(t.get("dossierCode") + ": " + dossierCode, c.bold, HEADER - 0.5f, c.left(), leftWidth, top - left);
        }
        c.moveDown(Math.max(left, right) + 8);
    }

    private static void rule(FormCanvas c, float centre, float y, float length) {
        c.line(centre - length / 2, y, centre + length / 2, y, 0.5f);
    }

    /** The form's name in capitals, centred and bold. */
    static void title(FormCanvas c, FormText t, String name) {
        c.centred(t.upper(name), c.bold, 11f);
        c.moveDown(6);
    }

    /** A signature caption, the hint under it and the signer's name once signed. */
    record Signature(String caption, String hint, String name) {
    }

    /** Signature columns side by side (one column is right-aligned to the right half, as on official letters). */
    static void signatures(FormCanvas c, List<Signature> signatures) {
        float height = FormCanvas.lineHeight(BODY) * 2 + 36 + FormCanvas.lineHeight(BODY);
        c.moveDown(8);
        c.ensureSpace(height);
        float top = c.y();
        int n = signatures.size();
        float columnWidth = n == 1 ? c.width() / 2 : c.width() / n;
        float x = n == 1 ? c.left() + c.width() / 2 : c.left();
        for (Signature signature : signatures) {
            PDFont bold = c.bold;
            float used = c.centredAt(signature.caption(), bold, BODY - 0.5f, x, columnWidth, top);
            used += c.centredAt(signature.hint(), c.regular, BODY - 2f, x, columnWidth, top - used);
            if (signature.name() != null && !signature.name().isBlank()) {
                c.centredAt(signature.name(), bold, BODY - 0.5f, x, columnWidth, top - used - 36);
            }
            x += columnWidth;
        }
        c.moveDown(height);
    }
}
