package org.onedoor.border;

import java.time.LocalDate;

/**
 * A search of the crossing register of one gate. Null fields do not filter.
 *
 * @param from           first day (Vietnam time) of the decision, inclusive
 * @param to             last day, inclusive
 * @param name           words of the name, in any order, diacritics aside
 * @param documentNumber exact document number
 * @param nationality    ICAO 3-letter code
 * @param page           0-based
 * @param size           rows per page, 1–200
 */
public record CrossingQuery(String gate, LocalDate from, LocalDate to, String name, String documentNumber,
        String nationality, Decision decision, Direction direction, int page, int size) {
}
