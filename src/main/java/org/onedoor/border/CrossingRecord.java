package org.onedoor.border;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One decided crossing in the register.
 *
 * @param watchListHits how many watch-list entries screening found
 */
public record CrossingRecord(long id, String gate, Direction direction, TravelDocumentType documentType,
        String documentNumber, String nationality, String surname, String givenNames, LocalDate dateOfBirth,
        String declarationReference, int watchListHits, Decision decision, String reason, String openedBy,
        String decidedBy, Instant firstScanAt, Instant decidedAt) {

    /** From the first scan to the decision: measured against the 1-minute target per passenger. */
    public Duration processingTime() {
        return Duration.between(firstScanAt, decidedAt);
    }
}
