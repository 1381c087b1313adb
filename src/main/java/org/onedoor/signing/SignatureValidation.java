package org.onedoor.signing;

import java.time.Instant;
import java.util.List;

/**
 * One signature's validation.
 *
 * @param indication     TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED
 * @param subIndication  the ETSI sub-indication when not passed (e.g. {@code HASH_FAILURE}, {@code REVOKED_NO_POE},
 *                       {@code OUT_OF_BOUNDS_NO_POE}, {@code NO_CERTIFICATE_CHAIN_FOUND}); null when passed
 * @param signerName     the common name of the signing certificate's subject
 * @param signingTime    claimed signing time, or the time-stamp's time when there is one
 * @param level          the PAdES level found, e.g. {@code PAdES-BASELINE-T}
 * @param chain          subject distinguished names from the signing certificate up to the root
 * @param errors         DSS's messages explaining a failure, in English; empty when passed
 */
public record SignatureValidation(Indication indication, String subIndication, String signerName,
        Instant signingTime, String level, List<String> chain, List<String> errors) {

    public SignatureValidation {
        chain = List.copyOf(chain);
        errors = List.copyOf(errors);
    }
}
