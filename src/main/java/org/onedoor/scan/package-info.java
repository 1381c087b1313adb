/**
 * Scanning: turns what a kiosk scanner produces (JPEG, PNG, TIFF, PDF; uploaded or dropped into a watched scanner
 * folder) into safe page images, and composes archival PDF/A-2b documents from them. Used by the certified-copy
 * kiosk now and by the digitised archive later.
 * API: {@link org.onedoor.scan.ScanIntake} (read and check an upload), {@link org.onedoor.scan.ArchivalPdf}
 * (compose a PDF/A-2b with watermark and QR code), the event {@link org.onedoor.scan.ScanArrived} (a file
 * arrived in a kiosk's scanner folder and was stored).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scanning")
package org.onedoor.scan;
