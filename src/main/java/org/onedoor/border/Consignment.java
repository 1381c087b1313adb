package org.onedoor.border;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored consignment pre-declaration.
 *
 * @param reference {@code BG-} and 10 characters, also in its QR code
 * @param hsCode    as declared, digits only
 * @param commodity the reference-table entry the code belongs to
 * @param plates    normalised plates of the carrying vehicles
 */
public record Consignment(String reference, String gate, Direction direction, Trader exporter, Trader importer,
        String hsCode, Commodity commodity, String description, BigDecimal quantity, String unit, BigDecimal tonnes,
        List<String> plates, TripValidity validity, Instant createdAt) {

    public Consignment {
        plates = List.copyOf(plates);
    }

    /** The Vietnamese side, who answers for the customs declaration: the exporter on exit, the importer on entry. */
    public Trader vietnameseTrader() {
        return direction == Direction.EXIT ? exporter : importer;
    }
}
