package org.onedoor.ecopy.internal;

import org.onedoor.common.Secrets;
import java.util.Optional;

import org.onedoor.audit.AuditTrail;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.onedoor.ecopy.CertifiedCopies;
import org.onedoor.ecopy.CertifiedCopy;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Public verification: what a QR code opens (the register's record and a live validation of the stored copy's
 * signatures) and "verify a file" (is this exactly a copy OneDoor issued, are its signatures valid, was it
 * altered). Reads are audited in batches (they are public and frequent).
 */
@Service
public class CopyVerification {

    private final CertifiedCopies copies;
    private final ObjectProvider<SignatureValidator> validator;
    private final AuditTrail audit;
    /**
     * Validation reports by the file's SHA-256 for a few minutes: a popular copy's QR page, or the same file checked
     * again, does not pay a full EU DSS validation (a second or more) each time, and cannot be used to load the server.
     */
    private final Cache<String, ValidationReport> reports;

    CopyVerification(CertifiedCopies copies, ObjectProvider<SignatureValidator> validator, AuditTrail audit,
                     EcopyProperties properties) {
        this.copies = copies;
        this.validator = validator;
        this.audit = audit;
        this.reports = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.validationCacheTtl()).build();
    }

    /**
     * @param copy       the register's record of the copy
     * @param validation the live validation of the stored file, null when no validator is installed
     */
    public record CodeCheck(CertifiedCopy copy, ValidationReport validation) {
    }

    /**
     * @param issuedCopy the copy this file is, byte for byte (by SHA-256), or null
     * @param validation its signatures' validation, null when no validator is installed
     * @param sha256     the file's SHA-256
     * @param verdict    the one-line answer for people
     */
    public record FileCheck(CertifiedCopy issuedCopy, ValidationReport validation, String sha256, Verdict verdict) {
    }

    /** The answer of "verify a file", from best to worst. */
    public enum Verdict {
        /** Exactly a copy OneDoor issued, signatures valid. */
        ISSUED_COPY,
        /** Not byte-identical to an issued copy, but signed, valid and not altered after signing (e.g. another PDF). */
        VALID_SIGNATURES_NOT_ISSUED_HERE,
        /** Signed but altered after signing, or a signature fails. */
        ALTERED_OR_INVALID,
        /** No signature, or not a PDF. */
        NOT_SIGNED
    }

    public Optional<CodeCheck> byCode(String code) {
        Optional<CertifiedCopy> copy = copies.find(code);
        copy.ifPresent(c -> audit.recordRead("ecopy.verify.code", "certified-copy", c.code(), null));
        return copy.map(c -> new CodeCheck(c, validate(copies.content(c.code()).orElseThrow(), c.sha256())));
    }

    public FileCheck file(byte[] pdf) {
        String sha256 = Secrets.sha256(pdf);
        CertifiedCopy issued = copies.findBySha256(sha256).orElse(null);
        ValidationReport report = validate(pdf, sha256);
        audit.recordRead("ecopy.verify.file", "certified-copy", issued == null ? sha256 : issued.code(), null);
        return new FileCheck(issued, report, sha256, verdict(issued, report));
    }

    static Verdict verdict(CertifiedCopy issued, ValidationReport report) {
        if (report == null) {
            return issued != null ? Verdict.ISSUED_COPY : Verdict.NOT_SIGNED;
        }
        if (!report.readable() || report.indication() == Indication.NO_SIGNATURE) {
            return Verdict.NOT_SIGNED;
        }
        if (report.modifiedAfterSigning() || report.indication() == Indication.TOTAL_FAILED) {
            return Verdict.ALTERED_OR_INVALID;
        }
        return issued != null ? Verdict.ISSUED_COPY : Verdict.VALID_SIGNATURES_NOT_ISSUED_HERE;
    }

    private ValidationReport validate(byte[] pdf, String sha256) {
        SignatureValidator v = validator.getIfAvailable();
        return v == null ? null : reports.get(sha256, key -> v.validate(pdf));
    }
}
