package org.onedoor.signing.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.Signer;

/** Not a test: writes target/signing-sample.pdf (officer with seal, then the agency's copy text) to look at. */
@EnabledIfSystemProperty(named = "sample", matches = "true")
class SampleOutput {

    @Test
    void write() throws Exception {
        byte[] once = SigningFixture.SIGNER.sign(SigningFixture.pdf(2), new SignatureRequest(
                Signer.officer(SigningFixture.OFFICER), SignatureAppearance.SIGNATURE_WITH_SEAL, "Ký duyệt")).pdf();
        byte[] twice = SigningFixture.SIGNER.sign(once, new SignatureRequest(Signer.agency(SigningFixture.AGENCY),
                SignatureAppearance.COPY_CERTIFICATION, null)).pdf();
        Files.write(Path.of("target", "signing-sample.pdf"), twice);
    }
}
