package org.onedoor.border;

/**
 * A driver or passenger of a declared vehicle, with the document they cross on.
 *
 * @param nationality ICAO 3-letter code
 */
public record Occupant(String fullName, TravelDocumentType documentType, String documentNumber, String nationality) {
}
