/**
 * Reading identity documents: the chip citizen ID card's QR code and every ICAO Doc 9303 machine-readable zone
 * (TD1, TD2, TD3, MRV-A, MRV-B) with all check digits; pure functions, no state. Used by the certified-copy
 * kiosk and the border gate. API: {@link org.onedoor.iddocument.CitizenCardQr}, {@link org.onedoor.iddocument.Mrz}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity documents")
package org.onedoor.iddocument;
