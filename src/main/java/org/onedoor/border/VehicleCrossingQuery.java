package org.onedoor.border;

import java.time.LocalDate;

/**
 * A search of the vehicle and goods register of one gate. Null fields do not filter.
 *
 * @param from  first day (Vietnam time) of the decision, inclusive
 * @param to    last day, inclusive
 * @param plate as typed (normalised like a declared plate)
 * @param kind  {@link CrossingKind#VEHICLE} or {@link CrossingKind#GOODS}; null for both
 * @param page  0-based
 * @param size  rows per page, 1–200
 */
public record VehicleCrossingQuery(String gate, LocalDate from, LocalDate to, String plate, CrossingKind kind,
        Decision decision, Direction direction, int page, int size) {
}
