package org.onedoor.dossier;

/** Who applies: a citizen (national portal type 1) or a business or organisation (type 2). */
public enum ApplicantType {
    CITIZEN(1),
    BUSINESS(2);

    private final int portalCode;

    ApplicantType(int portalCode) {
        this.portalCode = portalCode;
    }

    /** Applicant type code of the national portal exchange (DOMAIN.md §7). */
    public int portalCode() {
        return portalCode;
    }
}
