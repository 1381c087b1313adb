package org.onedoor.identity;

/** Permissions granted separately from roles because they open sensitive data. Authority: {@code PERM_<name>}. */
public enum Permission {
    /** Look up the national population database (Cà Mau: 584 of 1,794 accounts). Every look-up is audited. */
    POPULATION_LOOKUP,
    /** Read full personal data of applicants outside the officer's own dossiers (inspection, complaints). */
    PERSONAL_DATA_READ
}
