package org.onedoor.signing;

import java.util.List;

/**
 * The result of validating a document.
 *
 * @param indication           the worst indication over all signatures; {@link Indication#NO_SIGNATURE} when
 *                             there are none or the file is not a readable PDF
 * @param modifiedAfterSigning true when the last signature does not cover the whole file and the bytes after it
 *                             change the document's content (not just add signatures, DSS or time-stamps)
 * @param signatures           one entry per signature, in document order
 * @param readable             false when the bytes are not a PDF that could be parsed
 */
public record ValidationReport(Indication indication, boolean modifiedAfterSigning,
        List<SignatureValidation> signatures, boolean readable) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }
}
