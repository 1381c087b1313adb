package org.onedoor.signing;

/** Visible signature layouts of Decree 30/2020/ND-CP Annex I. */
public enum SignatureAppearance {

    /**
     * Electronic copies: the agency's signature at the top right of page 1, no image, the text "SAO Y", the
     * agency's name and the signing time {@code dd/MM/yyyy HH:mm:ss +07:00}, Times-like 10 pt black.
     */
    COPY_CERTIFICATION,

    /** Normal documents: the signer's blue signature image with the red seal image overlapping its left third. */
    SIGNATURE_WITH_SEAL,

    /** No visible appearance (second signatures, machine documents). */
    INVISIBLE
}
