package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.Signer;

/**
 * An independent verifier (poppler's pdfsig, NSS) checks the cryptographic signature. pdfsig judges the certificate
 * against its own NSS database, which does not hold the demo root, so it says the certificate is not trusted
 * ("Certificate issuer is unknown" or similar): only the "Signature Validation" line is asserted.
 */
class PdfsigInteroperabilityTest {

    @Test
    void popplerFindsBothSignaturesValid(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("pdfsig"), "pdfsig (Debian poppler-utils) is not installed");
        byte[] once = SigningFixture.SIGNER.sign(SigningFixture.pdf(2), new SignatureRequest(
                Signer.officer(SigningFixture.OFFICER), SignatureAppearance.SIGNATURE_WITH_SEAL, "Ký duyệt")).pdf();
        byte[] twice = SigningFixture.SIGNER.sign(once, new SignatureRequest(Signer.agency(SigningFixture.AGENCY),
                SignatureAppearance.COPY_CERTIFICATION, null)).pdf();
        Path file = dir.resolve("signed.pdf");
        Files.write(file, twice);

        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).contains("Signature #1").contains("Signature #2");
        assertThat(output.split("Signature Validation: Signature is Valid", -1)).as(output).hasSize(3);
        assertThat(output).doesNotContain("Signature is Invalid");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
