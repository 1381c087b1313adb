package org.onedoor.border;

/**
 * What the gate scanned: the QR code of a pre-declaration, the document's machine-readable zone (typed by the
 * passport reader as a keyboard wedge, or read by {@link MrzCamera}), or both.
 *
 * @param declarationReference the reference from the declaration's QR code, or null
 * @param mrz                  the zone's text, lines separated by new lines, or null
 * @param direction            the lane's direction; null takes the declaration's
 */
public record ScanInput(String declarationReference, String mrz, Direction direction) {
}
