package org.onedoor.border;

/** Clearing a person at the gate: scan, checks, decision. */
public interface Clearance {

    /**
     * Opens a crossing at the first scan: reads the document, finds the pre-declaration, screens the watch list.
     *
     * @throws org.onedoor.common.DomainException INVALID when neither input is given, or the MRZ is not a zone at
     *                                            all (field {@code mrz}, precise message); NOT_FOUND when the
     *                                            declaration reference is unknown
     */
    ClearanceCase scan(String gate, ScanInput input);

    /**
     * Decides an open crossing and writes it to the register; publishes {@link PersonCrossed}.
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND for an unknown crossing, CONFLICT when already decided,
     *                                            INVALID when refusing without a reason
     */
    CrossingRecord decide(long crossingId, Decision decision, String reason);
}
