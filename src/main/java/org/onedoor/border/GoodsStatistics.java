package org.onedoor.border;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Statistics inputs for the dashboard: goods tonnage and vehicles that crossed (decision CLEAR), per day, month or
 * year (Vietnam time). Border roles at the gate; reads audited.
 */
public interface GoodsStatistics {

    enum Period {
        DAY, MONTH, YEAR
    }

    /**
     * @param period the first day of the day, month or year
     * @param tonnes weighed where weighed, declared otherwise
     */
    record Tonnage(LocalDate period, String hsCode, String commodityVi, String commodityEn, Direction direction,
                   BigDecimal tonnes, long crossings) {
    }

    record Vehicles(LocalDate period, VehicleType vehicleType, Direction direction, long crossings,
                    double averageProcessingSeconds) {
    }

    /**
     * Processing time of the goods crossings decided in a period (any decision), first scan to decision, against
     * the target {@code onedoor.border.goods.target} (2 minutes).
     */
    record Processing(long targetSeconds, long crossings, long withinTarget, double p50Seconds, double p90Seconds) {

        /** Share decided within the target, 0–1 (0 when none). */
        public double shareWithinTarget() {
            return crossings == 0 ? 0 : (double) withinTarget / crossings;
        }
    }

    /** Processing time of goods crossings decided from {@code from} to {@code to} inclusive (audited). */
    Processing processing(String gate, LocalDate from, LocalDate to);

    /** Goods tonnage by commodity and direction, crossings decided from {@code from} to {@code to} inclusive. */
    List<Tonnage> tonnageByCommodity(String gate, LocalDate from, LocalDate to, Period period);

    /** Vehicles by type and direction (with and without goods); type "unknown" vehicles are left out. */
    List<Vehicles> vehiclesByType(String gate, LocalDate from, LocalDate to, Period period);
}
