package org.onedoor.dossier;

import java.util.Optional;

import org.onedoor.identity.Officer;

/** Reading dossiers: officer views (authorised, audited) and public tracking. */
public interface DossierQueries {

    /**
     * The dossier as the current officer may see it; empty when unknown OR not visible to that officer (an officer
     * of an unrelated agency learns nothing). The read is audited.
     */
    Optional<DossierDetail> find(String code);

    /** Dossiers the officer's agency received, decides or is consulted on, most urgent first. */
    InboxPage inbox(Officer officer, InboxQuery query);

    /**
     * Public tracking: empty unless {@code idNumberOrPhone} matches the applicant's ID number, business code or
     * phone; an unknown code and a wrong secret are indistinguishable.
     */
    Optional<PublicTracking> trackPublic(String code, String idNumberOrPhone);
}
