package org.onedoor.border;

import java.time.Instant;

/**
 * An image captured at a crossing, kept in the file store by its SHA-256.
 *
 * @param kind       {@code FINGERPRINT}, {@code FACE}, {@code DOCUMENT} or {@code PHOTO} (taken by the guard, JPEG/PNG)
 * @param matchScore the device's match score, null when none
 */
public record CrossingImage(long id, long crossingId, String kind, String sha256, String mediaType, long size,
        Double matchScore, String capturedBy, Instant capturedAt) {
}
