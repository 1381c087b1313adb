package org.onedoor.border;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One decided vehicle or goods crossing in the register. */
public record VehicleCrossingRecord(long id, String gate, Direction direction, CrossingKind kind,
        String plateCountry, String plate, VehicleType vehicleType, String vehicleReference,
        String consignmentReference, String hsCode, String commodity, BigDecimal declaredTonnes,
        BigDecimal weighedTonnes, String customsDeclaration, String matchIssues, Decision decision, String reason,
        String openedBy, String decidedBy, Instant firstScanAt, Instant decidedAt) {

    /** From the first scan to the decision: measured against the 2-minute target per goods procedure. */
    public Duration processingTime() {
        return Duration.between(firstScanAt, decidedAt);
    }
}
