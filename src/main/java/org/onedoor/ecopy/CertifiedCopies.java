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
}
