package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.ecopy.CertifiedCopy;
import org.onedoor.ecopy.internal.CopyVerification.Verdict;
import org.onedoor.signing.Indication;
import org.onedoor.signing.ValidationReport;

class CopyVerificationTest {

    static final CertifiedCopy ISSUED = new CertifiedCopy("ABCDEFGHJK", "1/01/2026/SCT/BS", "000.00.31.H24", "Phường Hoàn Kiếm",
            "OTHER", 1, "Lãnh đạo", "Nguyễn Văn An", Instant.now(), "a".repeat(64), 1000);

    static ValidationReport report(Indication indication, boolean modified) {
        return new ValidationReport(indication, modified, List.of(), true);
    }

    @Test
    void anIssuedFileWithValidSignaturesIsTheIssuedCopy() {
        assertThat(CopyVerification.verdict(ISSUED, report(Indication.TOTAL_PASSED, false))).isEqualTo(Verdict.ISSUED_COPY);
    }

    @Test
    void aValidlySignedFileOneDoorDidNotIssueIsSaidSo() {
        assertThat(CopyVerification.verdict(null, report(Indication.TOTAL_PASSED, false)))
                .isEqualTo(Verdict.VALID_SIGNATURES_NOT_ISSUED_HERE);
    }

    @Test
    void contentAddedAfterSigningOrAFailedSignatureIsAltered() {
        assertThat(CopyVerification.verdict(null, report(Indication.TOTAL_PASSED, true))).isEqualTo(Verdict.ALTERED_OR_INVALID);
        assertThat(CopyVerification.verdict(null, report(Indication.TOTAL_FAILED, false))).isEqualTo(Verdict.ALTERED_OR_INVALID);
    }

    @Test
    void anUnsignedOrUnreadableFileIsNotSigned() {
        assertThat(CopyVerification.verdict(null, report(Indication.NO_SIGNATURE, false))).isEqualTo(Verdict.NOT_SIGNED);
        assertThat(CopyVerification.verdict(null, new ValidationReport(Indication.NO_SIGNATURE, false, List.of(), false)))
                .isEqualTo(Verdict.NOT_SIGNED);
    }
}
