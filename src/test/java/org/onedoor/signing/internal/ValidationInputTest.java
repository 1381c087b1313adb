package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;

class ValidationInputTest {

    @Test
    void bytesThatAreNotAPdfAreUnreadable() {
        ValidationReport report = SigningFixture.VALIDATOR.validate("GIF89a not a pdf".getBytes());
        assertThat(report.indication()).isEqualTo(Indication.NO_SIGNATURE);
        assertThat(report.readable()).isFalse();
        assertThat(SigningFixture.VALIDATOR.validate(new byte[0]).readable()).isFalse();
        assertThat(SigningFixture.VALIDATOR.validate(null).readable()).isFalse();
    }

    @Test
    void anUnsignedPdfHasNoSignature() {
        ValidationReport report = SigningFixture.VALIDATOR.validate(SigningFixture.pdf(1));
        assertThat(report.indication()).isEqualTo(Indication.NO_SIGNATURE);
        assertThat(report.readable()).isTrue();
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void aTruncatedSignedPdfDoesNotThrow() {
        byte[] signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)).pdf();
        ValidationReport report = SigningFixture.VALIDATOR.validate(Arrays.copyOf(signed, signed.length / 2));
        assertThat(report.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
    }
}
