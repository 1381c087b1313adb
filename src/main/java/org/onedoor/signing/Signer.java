package org.onedoor.signing;

/** The holder of a signing key: an agency (its seal, organisational certificate) or an officer (personal). */
public sealed interface Signer {

    /** An agency by its code (either official format, e.g. {@code 000.00.31.H37}). */
    record Agency(String agencyCode) implements Signer {
    }

    /** An officer by user name. */
    record Officer(String username) implements Signer {
    }

    static Signer agency(String agencyCode) {
        return new Agency(agencyCode);
    }

    static Signer officer(String username) {
        return new Officer(username);
    }
}
