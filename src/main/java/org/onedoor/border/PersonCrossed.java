package org.onedoor.border;

import java.time.Instant;

/** A crossing was decided (for statistics and the exchange with the national border-gate system). */
public record PersonCrossed(long crossingId, String gate, Direction direction, TravelDocumentType documentType,
        String nationality, Decision decision, Instant firstScanAt, Instant decidedAt) {
}
