/**
 * Certified electronic copies from originals (chứng thực bản sao điện tử từ bản chính) at a self-service kiosk:
 * identify, authenticate, scan, recognise, pay, issue a signed PDF/A copy with its certification number,
 * identification code, QR and watermark, deliver, and verify publicly; the officer's review queue and the
 * certification register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certified electronic copies")
package org.onedoor.ecopy;
