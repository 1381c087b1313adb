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

    /** Goods tonnage by commodity and direction, crossings decided from {@code from} to {@code to} inclusive. */
    List<Tonnage> tonnageByCommodity(String gate, LocalDate from, LocalDate to, Period period);

    /** Vehicles by type and direction (with and without goods); type "unknown" vehicles are left out. */
    List<Vehicles> vehiclesByType(String gate, LocalDate from, LocalDate to, Period period);
}
