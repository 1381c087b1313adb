package org.onedoor.dossier;

/**
 * Internal dossier statuses and the national portal status code each maps to (DOMAIN.md §5:
 * 1 registered · 2 received · 3 not received · 4 processing · 5 supplement requested · 6 waiting for financial
 * obligations · 7 withdrawn · 8 processing stopped · 9 processed · 10 result returned).
 */
public enum DossierStatus {
    /** Submitted online, not yet checked by the one-stop desk. */
    NEW(1),
    /** Checked and received; receipt and appointment slip issued. */
    RECEIVED(2),
    /** Refused at intake (not eligible); refusal form issued. */
    REFUSED_AT_INTAKE(3),
    /** Being examined by the competent agency. */
    PROCESSING(4),
    /** Waiting for replies from consulted agencies ("liên thông"). */
    CONSULTING(4),
    /** Approved, waiting for the signature of the result. */
    SIGNING(4),
    /** The applicant must supplement the dossier; the clock is paused. */
    SUPPLEMENT_REQUESTED(5),
    /** Waiting for fees or financial obligations. */
    AWAITING_PAYMENT(6),
    /** Withdrawn at the applicant's request. */
    WITHDRAWN(7),
    /** Processing stopped (refused after review, or stopped by law). */
    STOPPED(8),
    /** Result signed and ready to be returned. */
    RESULT_READY(9),
    /** Result handed over to the applicant. */
    RESULT_RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** The national public service portal's status code. */
    public int nationalCode() {
        return nationalCode;
    }

    public boolean isFinal() {
        return this == REFUSED_AT_INTAKE || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }
}
