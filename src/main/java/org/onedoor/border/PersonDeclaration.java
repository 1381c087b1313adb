package org.onedoor.border;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored pre-declaration of a person crossing.
 *
 * @param reference what the traveller shows at the gate (also in the QR code): {@code BD-} and 10 characters
 */
public record PersonDeclaration(String reference, String gate, TravelDocumentType documentType,
        String documentNumber, String surname, String givenNames, String nationality, LocalDate dateOfBirth,
        CrossingPurpose purpose, LocalDate plannedDate, Direction direction, Instant createdAt) {

    /** Surname then given names, as the gate screens it. */
    public String fullName() {
        return givenNames == null || givenNames.isBlank() ? surname : surname + " " + givenNames;
    }
}
