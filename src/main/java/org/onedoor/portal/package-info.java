/**
 * Public portal: procedure search and detail, online submission, receipt, public tracking, and the procedure look-up
 * kiosk of a centre's waiting room ({@code /kiosk/procedures}: search, checklist, status from the receipt QR code).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.onedoor.portal;
