/**
 * Certified electronic copies from originals (chứng thực bản sao điện tử từ bản chính) at a self-service kiosk:
 * identify, authenticate, scan, recognise, pay, issue a signed PDF/A copy with its certification number,
 * identification code, QR and watermark, deliver, and verify publicly; the officer's review queue and the
 * certification register.
 * <p>
 * API: {@link org.onedoor.ecopy.CertifiedCopies} (look-up of issued copies, attaching one to a dossier component),
 * {@link org.onedoor.ecopy.CertifiedCopy}, the event {@link org.onedoor.ecopy.CopyIssued}, and the plug-in
 * {@link org.onedoor.ecopy.FaceVerifier}. Pages: {@code /kiosk/copies} (kiosk), {@code /workspace/copies} (review
 * queue, register), {@code /verify} and {@code /verify/{code}} (public), {@code /my/copies} (citizens). REST:
 * {@code /api/v1/kiosk/**}, {@code /api/v1/copies/**} (officers), {@code /api/v1/public/copies/**}.
 * Settings: {@code onedoor.ecopy.*} ({@code internal.EcopyProperties}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certified electronic copies")
package org.onedoor.ecopy;
