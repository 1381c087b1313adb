package org.onedoor.forms;

import java.util.Locale;

/**
 * Renders the official one-stop forms (Circular 01/2018/TT-VPCP models, now Circular 03/2025) as PDF: A5 portrait,
 * the register A4 landscape, with embedded DejaVu Serif fonts so Vietnamese renders everywhere, and on every
 * per-dossier form the dossier code as text and as a QR code of the public tracking URL.
 * <p>
 * Labels come from the {@code forms} bundle in the given locale; official documents use {@link #VIETNAMESE}.
 * The bytes are a plain, unsigned, unencrypted PDF: a signer (the signing module) adds its signature afterwards
 * as an incremental update, which keeps this output intact.
 */
public interface OfficialForms {

    /** The language of official documents. */
    Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Form 01: receipt and appointment slip. */
    byte[] receipt(ReceiptSlip slip, Locale locale);

    /** Form 02: supplement request. */
    byte[] supplementRequest(SupplementRequest request, Locale locale);

    /** Form 03: refusal to receive or process. */
    byte[] refusal(Refusal refusal, Locale locale);

    /** Form 04: apology and new appointment. */
    byte[] apologyExtension(ApologyExtension apology, Locale locale);

    /** Form 05: notice that processing stopped. */
    byte[] stopNotice(StopNotice notice, Locale locale);

    /** Form 06: tracking sheet. */
    byte[] trackingSheet(TrackingSheet sheet, Locale locale);

    /** Form 07: dossier register (A4 landscape, multi-page). */
    byte[] register(DossierRegister register, Locale locale);

    /** The public tracking URL a dossier's QR code carries: {@code {onedoor.public-url}/track?code=…}. */
    String trackingUrl(String dossierCode);
}
