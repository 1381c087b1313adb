package org.onedoor.dossier;

import java.io.InputStream;
import java.util.Optional;

/**
 * The dossier's result document ("văn bản kết quả giải quyết"): the decision or certificate the competent agency
 * issues. The handling officer or leader attaches it as a PDF; the SIGN action signs it with the leader's key
 * (PAdES, signature with seal); after RESULT_RETURNED the applicant downloads the signed file with the tracking
 * secret (decisions 0171–0174).
 */
public interface DossierResults {

    /** The component code under which result documents are stored among the dossier's files. */
    String COMPONENT = "RESULT";

    /**
     * Attaches (or replaces, keeping the earlier one in the file list) the unsigned result document, as the current
     * officer: a specialist, leader or signer of the competent agency, while the dossier is being handled
     * (RECEIVED, PROCESSING, CONSULTING, SIGNING).
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND when the dossier is not visible, FORBIDDEN for another
     *                                            agency or role, UNPROCESSABLE at the wrong time, INVALID with a
     *                                            field error on {@code file} when it is not a PDF, empty or too large
     */
    DossierFile attachResult(String code, String fileName, InputStream content);

    /**
     * The signed result document for the applicant: empty unless the secret matches (as for
     * {@link DossierQueries#trackPublic}), the result was returned (RESULT_RETURNED) and a signed result exists.
     * The read is audited.
     */
    Optional<DossierFile> publicResult(String code, String idNumberOrPhone);

    /**
     * Whether a returned dossier has a signed result to download; for a page that has already checked the
     * tracking secret with {@link DossierQueries#trackPublic}.
     */
    boolean hasReturnedResult(String code);
}
