package org.onedoor.forms.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.onedoor.forms.ApologyExtension;
import org.onedoor.forms.DossierRegister;
import org.onedoor.forms.OfficialForms;
import org.onedoor.forms.ReceiptSlip;
import org.onedoor.forms.Refusal;
import org.onedoor.forms.StopNotice;
import org.onedoor.forms.SupplementRequest;
import org.onedoor.forms.TrackingSheet;
import org.springframework.context.MessageSource;

/** {@link OfficialForms} with Apache PDFBox: each form is drawn by its own small class on a {@link FormCanvas}. */
class PdfOfficialForms implements OfficialForms {

    /** Margins: about 2 cm on A5 would waste the small page; 1.4 cm keeps the Circular's layout readable. */
    private static final float A5_MARGIN = 40;
    private static final float A4_MARGIN = 36;

    private final MessageSource messages;
    private final String publicUrl;

    PdfOfficialForms(MessageSource messages, String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String trackingUrl(String dossierCode) {
        return publicUrl + "/track?code=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] receipt(ReceiptSlip slip, Locale locale) {
        return a5(locale, "01", "receipt.name", slip.dossierCode(), (c, t) -> ReceiptSlipForm.draw(c, t, slip, trackingUrl(slip.dossierCode())));
    }

    @Override
    public byte[] supplementRequest(SupplementRequest request, Locale locale) {
        return a5(locale, "02", "supplement.name", request.dossierCode(), (c, t) -> LetterForms.supplement(c, t, request, trackingUrl(request.dossierCode())));
    }

    @Override
    public byte[] refusal(Refusal refusal, Locale locale) {
        return a5(locale, "03", "refusal.name", refusal.dossierCode(), (c, t) -> LetterForms.refusal(c, t, refusal, trackingUrl(refusal.dossierCode())));
    }

    @Override
    public byte[] apologyExtension(ApologyExtension apology, Locale locale) {
        return a5(locale, "04", "apology.name", apology.dossierCode(), (c, t) -> LetterForms.apology(c, t, apology, trackingUrl(apology.dossierCode())));
    }

    @Override
    public byte[] stopNotice(StopNotice notice, Locale locale) {
        return a5(locale, "05", "stop.name", notice.dossierCode(), (c, t) -> LetterForms.stop(c, t, notice, trackingUrl(notice.dossierCode())));
    }

    @Override
    public byte[] trackingSheet(TrackingSheet sheet, Locale locale) {
        return a5(locale, "06", "tracking.name", sheet.dossierCode(), (c, t) -> TrackingSheetForm.draw(c, t, sheet, trackingUrl(sheet.dossierCode())));
    }

    @Override
    public byte[] register(DossierRegister register, Locale locale) {
        FormText text = text(locale);
        try (FormCanvas canvas = new FormCanvas(FormCanvas.A4_LANDSCAPE, A4_MARGIN)) {
            DossierRegisterForm.draw(canvas, text, register);
            return canvas.finish((page, pages) -> text.get("footer.register", "07", text.get("register.name"), page, pages));
        }
    }

    private byte[] a5(Locale locale, String number, String nameKey, String dossierCode, Drawing drawing) {
        FormText text = text(locale);
        try (FormCanvas canvas = new FormCanvas(FormCanvas.A5, A5_MARGIN)) {
            drawing.draw(canvas, text);
            return canvas.finish((page, pages) -> text.get("footer", number, text.get(nameKey), dossierCode, page, pages));
        }
    }

    private FormText text(Locale locale) {
        return new FormText(messages, locale == null ? VIETNAMESE : locale);
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(FormCanvas canvas, FormText text);
    }
}
