package org.onedoor.border;

import java.time.LocalDate;

/**
 * What a traveller declares online before crossing (tờ khai điện tử). Fields may be null here: the declaration
 * service reports each missing or malformed one as a field violation.
 *
 * @param gate           agency code of the border gate (e.g. {@code 000.00.40.H21} Lệ Thanh)
 * @param documentNumber as printed; spaces removed and upper-cased
 * @param nationality    ICAO 3-letter code ({@code VNM}, {@code KHM} …)
 * @param language       {@code vi}, {@code en} or {@code id}: the language of the confirmation
 */
public record PersonDeclarationRequest(String gate, TravelDocumentType documentType, String documentNumber,
        String surname, String givenNames, String nationality, LocalDate dateOfBirth, CrossingPurpose purpose,
        LocalDate plannedDate, Direction direction, String language) {
}
