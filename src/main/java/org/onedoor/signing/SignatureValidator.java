package org.onedoor.signing;

/**
 * Validates every signature in a PDF with EU DSS against the configured trust anchors (the demo root only in the
 * demo profile). Never throws for a bad document: an unreadable or unsigned file gets a report that says so.
 */
public interface SignatureValidator {

    ValidationReport validate(byte[] pdf);
}
