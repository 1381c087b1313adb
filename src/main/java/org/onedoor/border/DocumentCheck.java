package org.onedoor.border;

import java.time.LocalDate;
import java.util.List;

import org.onedoor.common.FieldViolation;

/**
 * The travel document as the gate read it, and what is wrong with it.
 *
 * @param read     whether the document itself was read (MRZ); false when only a declaration was scanned, so the
 *                 fields come from the declaration and nothing is verified yet
 * @param expired  the document expired before today
 * @param problems failed check digits or unreadable fields (field {@code mrz.*}, keys {@code iddocument.*}) and
 *                 {@code border.document.expired}
 */
public record DocumentCheck(boolean read, TravelDocumentType type, String documentNumber, String issuingState,
        String surname, String givenNames, String nationality, LocalDate dateOfBirth, LocalDate dateOfExpiry,
        boolean expired, List<FieldViolation> problems) {

    public DocumentCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return read && problems.isEmpty();
    }

    public String fullName() {
        return givenNames == null || givenNames.isBlank() ? surname : surname + " " + givenNames;
    }
}
