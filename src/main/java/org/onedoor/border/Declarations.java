package org.onedoor.border;

import java.time.LocalDate;
import java.util.Optional;

/** Online pre-declarations of persons crossing a border gate. */
public interface Declarations {

    /**
     * Validates and stores a declaration.
     *
     * @throws org.onedoor.common.DomainException INVALID with one violation per bad field (keys {@code border.*})
     */
    PersonDeclaration declare(PersonDeclarationRequest request);

    Optional<PersonDeclaration> find(String reference);

    /** The declaration for this document at this gate planned closest to {@code day} (within a day either side). */
    Optional<PersonDeclaration> forDocument(String gate, String documentNumber, String nationality, LocalDate day);
}
