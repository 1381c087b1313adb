package org.onedoor.border;

import java.time.Instant;
import java.util.List;

/**
 * A stored vehicle pre-declaration.
 *
 * @param reference {@code BV-} and 10 characters, also in its QR code
 * @param plate     normalised: upper case, without spaces, dots or dashes
 */
public record VehicleDeclaration(String reference, String gate, String plateCountry, String plate,
        VehicleType vehicleType, Occupant driver, List<Occupant> passengers, Direction direction,
        TripValidity validity, String businessCode, Instant createdAt) {

    public VehicleDeclaration {
        passengers = List.copyOf(passengers);
    }
}
