package org.onedoor.border;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An open vehicle or goods crossing: what the guard needs to decide, opened by the first scan (the 2-minute clock
 * starts there).
 *
 * @param vehicle     the matching vehicle declaration, or null
 * @param consignment the matching consignment declaration, or null (then a vehicle crossing without goods)
 * @param issues      where the declarations and the lane disagree ({@code border.goods.match.*} keys)
 * @param suggestion  CLEAR when everything matches, SECONDARY otherwise
 */
public record GoodsClearanceCase(long crossingId, String gate, Direction direction, CrossingKind kind,
        String plate, VehicleDeclaration vehicle, Consignment consignment, BigDecimal weighedTonnes,
        String customsDeclaration, List<String> issues, Decision suggestion, Instant firstScanAt) {

    public GoodsClearanceCase {
        issues = List.copyOf(issues);
    }
}
