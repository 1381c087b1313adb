package org.onedoor.ecopy;

import java.util.List;
import java.util.Optional;

/** Look-up of issued certified copies for other modules (a dossier component satisfied by a copy code). */
public interface CertifiedCopies {

    /** An issued copy by its identification code (case-insensitive); empty while not issued or unknown. */
    Optional<CertifiedCopy> find(String code);

    /** An issued copy by the SHA-256 of its signed PDF: whether a file is exactly a copy OneDoor issued. */
    Optional<CertifiedCopy> findBySha256(String sha256);

    /** The signed PDF of an issued copy. */
    Optional<byte[]> content(String code);

    /** Copies certified for a person, newest first. */
    List<CertifiedCopy> ofHolder(String idNumber);

    /**
     * Attaches an issued copy's signed PDF to a dossier component, so that the component is satisfied by the
     * certified copy and the dossier does not ask for the original (Decree 23/2015 Art. 6). The file is named
     * {@code ban-sao-chung-thuc-<code>.pdf}; anyone holding the dossier may look the code up at {@code /verify/<code>}.
     *
     * @param submissionToken the dossier's submission token, or null when an officer who may act on it attaches
     * @throws org.onedoor.common.DomainException when the copy is unknown, or as {@code DossierIntake.attach} does
     */
    org.onedoor.dossier.DossierFile attachToDossier(String copyCode, String dossierCode, String componentCode,
                                                    String submissionToken);
}
