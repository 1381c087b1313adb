package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;

class PadesRoundTripTest {

    @Test
    void agencyCopySignatureValidatesAtBaselineLt() {
        long t0 = System.nanoTime();
        SignedDocument signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(2),
                new SignatureRequest(Signer.agency(SigningFixture.AGENCY), SignatureAppearance.COPY_CERTIFICATION, "Sao y"));
        long t1 = System.nanoTime();
        ValidationReport report = SigningFixture.VALIDATOR.validate(signed.pdf());
        long t2 = System.nanoTime();
        System.out.println("sign " + (t1 - t0) / 1e6 + " ms, validate " + (t2 - t1) / 1e6 + " ms " + report);
        assertThat(signed.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }
}
