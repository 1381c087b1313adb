package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignatureValidation;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;
import org.onedoor.signing.demo.DemoServices;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * A key on a PKCS#11 token (SoftHSM, Debian package {@code softhsm2}) used through the JDK's SunPKCS11 provider,
 * configured like a production HSM: {@code onedoor.signing.keys[].pkcs11-config} + PIN + alias. The token lives
 * under {@code target/softhsm} (the build sets {@code SOFTHSM2_CONF}); skipped where SoftHSM is not installed.
 */
class Pkcs11TokenTest {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "2468";

    static Path providerConfig;
    static Path root;

    @BeforeAll
    static void aTokenHoldingAnAgencyKey() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(Files.exists(LIBRARY), "SoftHSM is not installed (Debian package softhsm2); .ci/run installs it");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set (the Maven build sets it to target/softhsm)");
        Path dir = Path.of(conf).getParent();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(Path.of(conf), "directories.tokendir = " + dir.resolve("tokens") + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\n", StandardCharsets.US_ASCII);
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "onedoor-test",
                "--pin", PIN, "--so-pin", "13579135").redirectErrorStream(true).start();
        String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(init.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertThat(slot.find()).as(output).isTrue();
        providerConfig = dir.resolve("token.cfg");
        Files.writeString(providerConfig, "name = OneDoorTest\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");

        KeyPair caPair = ConfiguredKeysTest.rsa();
        X500Name caName = new X500Name("CN=Test HSM CA,O=Test,C=VN");
        X509Certificate ca = ConfiguredKeysTest.certificate(caName, caName, caPair, caPair, true);
        KeyPair pair = ConfiguredKeysTest.rsa();
        X509Certificate certificate = ConfiguredKeysTest.certificate(
                new X500Name("CN=Ủy ban nhân dân xã Gia Phú (HSM),O=Ủy ban nhân dân xã Gia Phú,C=VN"), caName, pair, caPair, false);
        Provider token = Security.getProvider("SunPKCS11").configure(providerConfig.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", token);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry("seal", pair.getPrivate(), null, new Certificate[] {certificate, ca});
        root = dir.resolve("root.pem");
        Files.writeString(root, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
    }

    private static SigningProperties properties(String alias) {
        return new SigningProperties(
                List.of(new SigningProperties.Key("H37.31", null, null, providerConfig, PIN, alias, null, null)),
                List.of(root), null, false, DataSize.ofMegabytes(20));
    }

    private static PadesDocumentSigner signer(String alias) {
        SigningProperties properties = properties(alias);
        return new PadesDocumentSigner(new SignerKeys(properties, new SigningFixture.TestAgencies(),
                new SigningFixture.TestOfficers(), null), TrustServices.from(properties, new DemoServices(null, null)),
                SigningFixture.AUDIT);
    }

    @Test
    void theTokensKeySignsAndTheSignatureIsIntactAndChainedToTheConfiguredRoot() {
        SignedDocument signed = signer("seal").sign(SigningFixture.pdf(2), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.COPY_CERTIFICATION, null));

        assertThat(signed.signerName()).isEqualTo("Ủy ban nhân dân xã Gia Phú (HSM)");
        ValidationReport report = new DssSignatureValidator(TrustServices.from(properties("seal"), new DemoServices(null, null)))
                .validate(signed.pdf());
        SignatureValidation signature = report.signatures().get(0);
        assertThat(signature.chain()).hasSize(2).last().asString().contains("Test HSM CA");
        assertThat(signature.errors()).noneMatch(e -> e.contains("not intact") || e.contains("signature is not valid"));
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(signed.level()).isEqualTo("PAdES-BASELINE-B");
    }

    @Test
    void anIndependentVerifierFindsTheTokensSignatureValid() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v pdfsig").start().waitFor() == 0,
                "pdfsig (Debian poppler-utils) is not installed");
        Path file = Files.createTempFile("pkcs11-signed", ".pdf");
        Files.write(file, signer("seal").sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)).pdf());
        Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        pdfsig.waitFor(30, TimeUnit.SECONDS);
        Files.delete(file);

        assertThat(output).contains("Signature is Valid", "Gia Phú (HSM)");
    }

    /*
     * (A wrong PIN cannot be tested in this process: PKCS#11 login state is per token and process, and the token
     * is already logged in.)
     */
    @Test
    void anAliasThatIsNotOnTheTokenMakesTheKeyUnavailable() {
        assertThatThrownBy(() -> signer("no-such-key").sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signing.error.key-unavailable"));
    }
}
