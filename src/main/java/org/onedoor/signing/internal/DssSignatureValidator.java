package org.onedoor.signing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidation;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * Validates every signature of a PDF with DSS's default ETSI EN 319 102-1 policy against the configured trust
 * anchors. Never throws: a file that is not a PDF, or a PDF DSS cannot parse, gives a NO_SIGNATURE report with
 * {@code readable=false}.
 */
class DssSignatureValidator implements SignatureValidator {

    private static final Logger log = LoggerFactory.getLogger(DssSignatureValidator.class);

    private final TrustServices trust;

    DssSignatureValidator(TrustServices trust) {
        this.trust = trust;
    }

    @Override
    public ValidationReport validate(byte[] pdf) {
        if (pdf == null || pdf.length < 8 || !new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1)
                .contains("%PDF-")) {
            return unreadable();
        }
        Reports reports;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(trust.validationVerifier());
            validator.setPdfObjFactory(PdfFactories.pdfBox());
            reports = validator.validateDocument();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            log.info("PDF not validated: {}", e.toString());
            return unreadable();
        }
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureValidation> signatures = new ArrayList<>();
        boolean modified = false;
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            signatures.add(validation(simple, signature, id));
            modified |= modified(signature);
        }
        return new ValidationReport(worst(signatures), modified, signatures, true);
    }

    private static ValidationReport unreadable() {
        return new ValidationReport(Indication.NO_SIGNATURE, false, List.of(), false);
    }

    private static SignatureValidation validation(SimpleReport simple, SignatureWrapper signature, String id) {
        Indication indication = switch (simple.getIndication(id)) {
            case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
            case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
            default -> Indication.INDETERMINATE;
        };
        SubIndication sub = simple.getSubIndication(id);
        Date time = simple.getBestSignatureTime(id);
        if (time == null) {
            time = simple.getSigningTime(id);
        }
        SignatureLevel level = simple.getSignatureFormat(id);
        List<String> chain = new ArrayList<>();
        if (signature != null) {
            for (CertificateWrapper certificate : signature.getCertificateChain()) {
                chain.add(certificate.getCertificateDN());
            }
        }
        List<String> errors = new ArrayList<>();
        simple.getAdESValidationErrors(id).forEach(m -> errors.add(m.getValue()));
        String signer = signature != null && signature.getSigningCertificate() != null
                ? signature.getSigningCertificate().getCommonName() : simple.getSignedBy(id);
        return new SignatureValidation(indication, indication == Indication.TOTAL_PASSED || sub == null ? null : sub.name(),
                signer, time == null ? null : time.toInstant(), level == null ? null : level.toString(), chain,
                indication == Indication.TOTAL_PASSED ? List.of() : errors);
    }

    /**
     * DSS's PDF modification detection for a revision: content changed after it was signed (undefined object
     * changes, annotations added, changed or removed, pages added or removed, annotations laid over content; the
     * pixel comparison is off, see PdfFactories). A later signature or time-stamp with its field and widget, or
     * added validation data (DSS dictionary), is not a modification.
     */
    private static boolean modified(SignatureWrapper signature) {
        PDFRevisionWrapper revision = signature == null ? null : signature.getPDFRevision();
        if (revision == null) {
            return false;
        }
        return !revision.getPdfUndefinedChanges().isEmpty()
                || !revision.getPdfAnnotationChanges().isEmpty()
                || !revision.getPdfVisualDifferenceConcernedPages().isEmpty()
                || !revision.getPdfPageDifferenceConcernedPages().isEmpty()
                || !revision.getPdfAnnotationsOverlapConcernedPages().isEmpty();
    }

    private static Indication worst(List<SignatureValidation> signatures) {
        if (signatures.isEmpty()) {
            return Indication.NO_SIGNATURE;
        }
        Indication worst = Indication.TOTAL_PASSED;
        for (SignatureValidation signature : signatures) {
            if (signature.indication() == Indication.TOTAL_FAILED) {
                return Indication.TOTAL_FAILED;
            }
            if (signature.indication() == Indication.INDETERMINATE) {
                worst = Indication.INDETERMINATE;
            }
        }
        return worst;
    }
}
