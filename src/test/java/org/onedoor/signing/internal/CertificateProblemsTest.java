package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureValidation;
import org.onedoor.signing.ValidationReport;
import org.onedoor.signing.demo.DemoPki;

import eu.europa.esig.dss.enumerations.SignatureLevel;

/** Signatures made below the DocumentSigner (which refuses these keys) so that the validator can judge them. */
class CertificateProblemsTest {

    @Test
    void aCertificateRevokedBeforeSigningFailsAsRevoked() {
        Instant now = Instant.now();
        DemoPki.Issued issued = SigningFixture.PKI.issueEndEntity("Cán bộ bị thu hồi", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(300)));
        SigningFixture.PKI.revoke(issued.certificate(), now.minus(Duration.ofHours(1)));

        byte[] pdf = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), SigningFixture.key(issued, "Cán bộ bị thu hồi"),
                SignatureAppearance.INVISIBLE, null, SignatureLevel.PAdES_BASELINE_T, now).pdf();

        SignatureValidation signature = SigningFixture.VALIDATOR.validate(pdf).signatures().get(0);
        assertThat(signature.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(signature.subIndication()).startsWith("REVOKED");
    }

    @Test
    void theDocumentSignerRefusesARevokedCertificateAtBaselineLt() {
        Instant now = Instant.now();
        DemoPki.Issued issued = SigningFixture.PKI.issueEndEntity("Cán bộ thu hồi 2", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(300)));
        SigningFixture.PKI.revoke(issued.certificate(), now.minus(Duration.ofHours(1)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigningFixture.SIGNER.sign(SigningFixture.pdf(1),
                        SigningFixture.key(issued, "x"), SignatureAppearance.INVISIBLE, null,
                        SignatureLevel.PAdES_BASELINE_LT, now))
                .isInstanceOfSatisfying(org.onedoor.common.DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signing.error.certificate-revoked"));
    }

    @Test
    void anExpiredCertificateWithoutProofOfExistenceFails() {
        Instant now = Instant.now();
        DemoPki.Issued issued = SigningFixture.PKI.issueEndEntity("Cán bộ hết hạn", now.minus(Duration.ofDays(20)),
                now.minus(Duration.ofDays(1)));

        byte[] pdf = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), SigningFixture.key(issued, "Cán bộ hết hạn"),
                SignatureAppearance.INVISIBLE, null, SignatureLevel.PAdES_BASELINE_B, now.minus(Duration.ofDays(2))).pdf();

        SignatureValidation signature = SigningFixture.VALIDATOR.validate(pdf).signatures().get(0);
        assertThat(signature.indication()).as(signature.errors().toString()).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(signature.subIndication()).as(signature.errors().toString()).isIn("OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED", "EXPIRED");
    }

    @Test
    void aChainToAnUntrustedRootIsIndeterminate() throws IOException {
        DemoPki stranger = DemoPki.openOrCreate(Files.createTempDirectory("untrusted-pki"), "http://localhost:9");
        Instant now = Instant.now();
        DemoPki.Issued issued = stranger.issueEndEntity("Người lạ", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));

        byte[] pdf = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), SigningFixture.key(issued, "Người lạ"),
                SignatureAppearance.INVISIBLE, null, SignatureLevel.PAdES_BASELINE_B, now).pdf();

        ValidationReport report = SigningFixture.VALIDATOR.validate(pdf);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }
}
