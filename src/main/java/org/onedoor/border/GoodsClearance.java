package org.onedoor.border;

/** Clearing a vehicle and its goods at the gate: scan, weigh-in, decision (target: 2 minutes). */
public interface GoodsClearance {

    /**
     * Opens a crossing at the first scan (QR of a consignment or vehicle declaration, or the plate).
     *
     * @throws org.onedoor.common.DomainException INVALID when nothing or a malformed plate was scanned; NOT_FOUND for
     *                                            an unknown reference; FORBIDDEN outside the officer's gate
     */
    GoodsClearanceCase scan(String gate, GoodsScanInput input);

    /**
     * Records the weight, the commodity seen and the customs declaration number, and compares them with the
     * declaration (tonnage within the tolerance of decision 0515).
     */
    GoodsClearanceCase weigh(long crossingId, WeighIn weighIn);

    /**
     * Decides into the register and publishes {@link GoodsCrossed}.
     *
     * @throws org.onedoor.common.DomainException CONFLICT when already decided; INVALID when refusing without a
     *                                            reason or clearing goods without a customs declaration number
     */
    VehicleCrossingRecord decide(long crossingId, Decision decision, String reason);
}
