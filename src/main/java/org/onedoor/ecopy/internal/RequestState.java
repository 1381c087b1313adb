package org.onedoor.ecopy.internal;

import java.util.Set;

/**
 * Where a kiosk request stands. The face check and the document check may each send it to an officer; the
 * citizen keeps scanning while the face waits for review, and pays only once both are settled.
 */
public enum RequestState {
    /** Card data read and checked. */
    IDENTIFIED,
    /** The face verifier could not decide: an officer compares the photo with the card. */
    AWAITING_FACE_REVIEW,
    /** Face matched (verifier or officer). */
    AUTHENTICATED,
    /** Originals scanned, not yet recognised. */
    SCANNED,
    /** Something the machine could not verify (face, document): an officer decides. */
    AWAITING_OFFICER_REVIEW,
    /** Document recognised and verified (by the machine or an officer), fee known: ready to pay. */
    RECOGNISED,
    /** Fee paid: the copy may be issued. */
    PAID,
    ISSUED,
    REJECTED,
    EXPIRED;

    boolean finished() {
        return this == ISSUED || this == REJECTED || this == EXPIRED;
    }

    boolean mayScan() {
        return Set.of(AUTHENTICATED, AWAITING_FACE_REVIEW, SCANNED).contains(this);
    }
}
