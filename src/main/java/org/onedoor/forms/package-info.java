/**
 * Official forms as PDF (Circular 01/2018, now 03/2025): receipt and appointment slip, supplement request,
 * refusal, apology and extension, stop notice, tracking sheet, dossier register; Vietnamese text in embedded
 * fonts, the dossier code as text and QR.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official forms")
package org.onedoor.forms;
