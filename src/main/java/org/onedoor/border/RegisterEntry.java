package org.onedoor.border;

import java.time.Instant;

/**
 * One line of a gate's whole register: a person, a vehicle or goods.
 *
 * @param id      the crossing's id in its own register ({@link CrossingRegister} for persons,
 *                {@link GoodsRegister} for vehicles and goods)
 * @param subject the document number (persons) or the plate (vehicles, goods)
 * @param detail  the name, the vehicle type, or the commodity and tonnage
 */
public record RegisterEntry(CrossingKind kind, long id, String gate, Direction direction, String subject,
        String detail, Decision decision, String decidedBy, Instant firstScanAt, Instant decidedAt) {
}
