package org.onedoor.border;

import java.util.List;

/**
 * What a driver or transport business declares online for a vehicle crossing. Fields may be null: the service
 * reports each missing or malformed one as a field violation (keys {@code border.goods.error.*}).
 *
 * @param plateCountry {@code VNM} or {@code KHM} (the vehicles the Viet Nam–Cambodia road transport agreement
 *                     lets through); null guesses it from the plate's format
 * @param plate        as painted, e.g. {@code 81C-123.45} or {@code RATANAKIRI 2A-1234}
 * @param passengers   may be empty
 * @param businessCode the transport business's tax code; required for a recurring trip
 * @param language     {@code vi}, {@code en} or {@code id}
 */
public record VehicleDeclarationRequest(String gate, String plateCountry, String plate, VehicleType vehicleType,
        Occupant driver, List<Occupant> passengers, Direction direction, TripValidity validity, String businessCode,
        String language) {
}
