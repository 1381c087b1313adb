package org.onedoor.signing;

/** The ETSI EN 319 102-1 main indication, plus {@link #NO_SIGNATURE} for a document without signatures. */
public enum Indication {
    TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED, NO_SIGNATURE
}
