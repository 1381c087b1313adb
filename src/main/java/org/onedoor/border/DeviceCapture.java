package org.onedoor.border;

/**
 * What a gate device captured for a crossing: an image and, for a face camera that compares it with the document's
 * photo, a match score.
 *
 * @param image      the image bytes (stored content-addressed, only border roles read them, every read audited)
 * @param mediaType  e.g. {@code image/jpeg}, {@code image/png}, {@code image/x-wsq} (fingerprints)
 * @param matchScore 0–1, null when the device does not compare
 */
public record DeviceCapture(byte[] image, String mediaType, Double matchScore) {
}
