package org.onedoor.border;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vehicle or goods crossing was decided (for statistics and the exchange with the national border-gate system).
 *
 * @param hsCode        null for a vehicle without goods
 * @param weighedTonnes null when not weighed
 */
public record GoodsCrossed(long crossingId, String gate, Direction direction, CrossingKind kind,
        String plateCountry, VehicleType vehicleType, String consignmentReference, String hsCode, String commodity,
        BigDecimal declaredTonnes, BigDecimal weighedTonnes, String customsDeclaration, Decision decision,
        Instant firstScanAt, Instant decidedAt) {
}
