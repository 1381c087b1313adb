package org.onedoor.dossier;

import java.time.LocalDate;
import java.util.List;

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
     * The register ("sổ theo dõi hồ sơ", form 07): dossiers the current officer's agency received (or, online,
     * that were submitted to it) from {@code from} to {@code to} inclusive (Vietnam dates), oldest first, at most
     * 5,000. Empty without a signed-in officer. The read is audited.
     */
    List<DossierSnapshot> register(LocalDate from, LocalDate to);

    /**
     * Public tracking: empty unless {@code idNumberOrPhone} matches the applicant's ID number, business code or
     * phone; an unknown code and a wrong secret are indistinguishable.
     */
    Optional<PublicTracking> trackPublic(String code, String idNumberOrPhone);

    /**
     * The dossiers of a citizen identified by their ID number, newest first (at most 100), with their timelines;
     * for the citizen's own account page only (the caller has checked who is asking). The read is audited.
     */
    List<PublicTracking> ofApplicant(String idNumber);
}
