package org.onedoor.signing.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.signing.DocumentSigner;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * PAdES signing with EU DSS in three steps: the digest of the data to be signed (DSS {@code getDataToSign}), the
 * signature value from the signer's {@link SignatureDevice}, the assembly into the PDF as an incremental update
 * (DSS {@code signDocument}). Level: B-B, B-T with a time-stamp source, B-LT when the CRLs can be fetched too
 * (falls back to B-T when they cannot, never signs with a revoked certificate).
 */
class PadesDocumentSigner implements DocumentSigner {

    private static final Logger log = LoggerFactory.getLogger(PadesDocumentSigner.class);
    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final SignerKeys keys;
    private final TrustServices trust;
    private final AuditTrail audit;

    PadesDocumentSigner(SignerKeys keys, TrustServices trust, AuditTrail audit) {
        this.keys = keys;
        this.trust = trust;
        this.audit = audit;
    }

    @Override
    public SignedDocument sign(byte[] pdf, SignatureRequest request) {
        SignerKey key = keys.resolve(request.signer());
        X509Certificate certificate = key.device().certificateChain().get(0);
        Instant now = Instant.now();
        if (now.isAfter(certificate.getNotAfter().toInstant()) || now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.certificate-expired",
                    key.displayName());
        }
        SignedDocument signed = sign(pdf, key, request.appearance(), request.reason(), highestLevel(), now);
        // who made which signature with whose key: the subject is the signed file's hash, which ecopy stores too
        audit.record("signing.sign", "document", signed.sha256(), signerLabel(request) + " " + request.appearance()
                + " " + signed.level() + " certificate " + signed.certificateSerial());
        return signed;
    }

    private static String signerLabel(SignatureRequest request) {
        return request.signer() instanceof Signer.Agency agency ? "agency " + agency.agencyCode()
                : "officer " + ((Signer.Officer) request.signer()).username();
    }

    SignatureLevel highestLevel() {
        if (trust.tspSource() == null) {
            return SignatureLevel.PAdES_BASELINE_B;
        }
        return trust.revocationAvailable() ? SignatureLevel.PAdES_BASELINE_LT : SignatureLevel.PAdES_BASELINE_T;
    }

    /** Signs at {@code level} with the claimed signing time {@code time} (tests use odd times and levels). */
    SignedDocument sign(byte[] pdf, SignerKey key, SignatureAppearance appearance, String reason,
            SignatureLevel level, Instant time) {
        PAdESSignatureParameters parameters = parameters(pdf, key, appearance, reason, level, time);
        try {
            return sign(pdf, key, parameters);
        } catch (AlertException e) {
            if (level == SignatureLevel.PAdES_BASELINE_LT && !revoked(e)) {
                log.warn("revocation data unavailable ({}), signing at B-T", e.getMessage());
                return sign(pdf, key, appearance, reason, SignatureLevel.PAdES_BASELINE_T, time);
            }
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    revoked(e) ? "signing.error.certificate-revoked" : "signing.error.failed", key.displayName());
        } catch (DSSException e) {
            log.warn("signing failed for {}: {}", key.displayName(), e.getMessage());
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.failed", key.displayName());
        }
    }

    private static boolean revoked(Exception e) {
        return e.getMessage() != null && e.getMessage().toLowerCase().contains("revoked");
    }

    private SignedDocument sign(byte[] pdf, SignerKey key, PAdESSignatureParameters parameters) {
        DSSDocument document = new InMemoryDocument(pdf);
        RecordingTspSource tsp = trust.tspSource() == null ? null : new RecordingTspSource(trust.tspSource());
        PAdESService service = new PAdESService(trust.signingVerifier());
        service.setPdfObjFactory(PdfFactories.pdfBox());
        if (tsp != null) {
            service.setTspSource(tsp);
        }
        // 1. digest of the signed attributes
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        byte[] digest = DSSUtils.digest(DIGEST, toBeSigned.getBytes());
        // 2. the device signs the digest (local key, token, or a remote service)
        byte[] value;
        try {
            value = key.device().signDigest(DIGEST, digest);
        } catch (RuntimeException e) {
            log.warn("signing device of {} failed: {}", key.displayName(), e.getMessage());
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "signing.error.key-unavailable",
                    key.displayName());
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(key.device().certificateChain().get(0).getPublicKey()), DIGEST);
        // 3. assembly into the PDF (with time-stamp and revocation data at T / LT)
        DSSDocument signed = service.signDocument(document, parameters, new SignatureValue(algorithm, value));
        byte[] bytes = DSSUtils.toByteArray(signed);
        Instant signingTime = tsp != null && tsp.time != null ? tsp.time : parameters.bLevel().getSigningDate().toInstant();
        X509Certificate certificate = key.device().certificateChain().get(0);
        return new SignedDocument(bytes, sha256(bytes), parameters.getSignatureLevel().toString(), signingTime,
                commonName(certificate), certificate.getSerialNumber().toString(16));
    }

    private PAdESSignatureParameters parameters(byte[] pdf, SignerKey key, SignatureAppearance appearance,
            String reason, SignatureLevel level, Instant time) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        List<CertificateToken> chain = new ArrayList<>();
        key.device().certificateChain().forEach(c -> chain.add(new CertificateToken(c)));
        parameters.setSigningCertificate(chain.get(0));
        parameters.setCertificateChain(chain);
        parameters.setSignatureLevel(level);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.bLevel().setSigningDate(Date.from(time));
        parameters.setSignerName(key.displayName());
        parameters.setAppName("OneDoor");
        if (reason != null && !reason.isBlank()) {
            parameters.setReason(reason);
        }
        if (appearance != SignatureAppearance.INVISIBLE) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                parameters.setImageParameters(Appearances.of(appearance, key, time, document));
            } catch (IOException e) {
                throw new DomainException(DomainException.Kind.INVALID, "signing.error.not-pdf");
            }
        } else if (!looksLikePdf(pdf)) {
            throw new DomainException(DomainException.Kind.INVALID, "signing.error.not-pdf");
        }
        return parameters;
    }

    private static boolean looksLikePdf(byte[] pdf) {
        return pdf != null && pdf.length > 8 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-");
    }

    static String commonName(X509Certificate certificate) {
        org.bouncycastle.asn1.x500.RDN[] names = org.bouncycastle.asn1.x500.X500Name
                .getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers the time-stamp's time: at B-T and above that is the signing time worth reporting. */
    private static final class RecordingTspSource implements TSPSource {
        private static final long serialVersionUID = 1L;
        private final TSPSource delegate;
        private transient volatile Instant time;

        RecordingTspSource(TSPSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
            TimestampBinary binary = delegate.getTimeStampResponse(algorithm, digest);
            if (time == null) {
                try {
                    time = new TimeStampToken(new CMSSignedData(binary.getBytes())).getTimeStampInfo().getGenTime()
                            .toInstant();
                } catch (CMSException | TSPException | IOException e) {
                    log.debug("time-stamp time unreadable: {}", e.getMessage());
                }
            }
            return binary;
        }
    }
}
