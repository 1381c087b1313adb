package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.common.DomainException;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignatureValidation;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;
import org.onedoor.signing.demo.DemoServices;
import org.springframework.util.unit.DataSize;

/**
 * The production set-up: demo off, an RSA-2048 PKCS#12 key configured for one agency, one configured trusted root,
 * no time-stamp authority, no online revocation.
 */
class ConfiguredKeysTest {

    @TempDir
    static Path dir;

    static Path keyStore;
    static Path root;

    @BeforeAll
    static void anAgencyKeyIssuedBySomeoneElse() throws Exception {
        KeyPair caPair = rsa();
        X500Name caName = new X500Name("CN=Test Government CA,O=Test,C=VN");
        X509Certificate ca = certificate(caName, caName, caPair, caPair, true);
        KeyPair pair = rsa();
        X509Certificate certificate = certificate(
                new X500Name("CN=Ủy ban nhân dân xã Gia Phú (con dấu),O=Ủy ban nhân dân xã Gia Phú,C=VN"), caName,
                pair, caPair, false);

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", pair.getPrivate(), "s3cret".toCharArray(), new Certificate[] {certificate, ca});
        keyStore = dir.resolve("giaphu.p12");
        try (OutputStream out = Files.newOutputStream(keyStore)) {
            store.store(out, "s3cret".toCharArray());
        }
        root = dir.resolve("root.pem");
        Files.writeString(root, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair subjectPair, KeyPair issuerPair,
            boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli() + (ca ? 0 : 1)), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), subject, subjectPair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerPair.getPrivate())));
    }

    private static PadesDocumentSigner signer(String password) {
        SigningProperties properties = properties(password);
        return new PadesDocumentSigner(new SignerKeys(properties, new SigningFixture.TestAgencies(),
                new SigningFixture.TestOfficers(), null), TrustServices.from(properties, new DemoServices(null, null)), SigningFixture.AUDIT);
    }

    private static SigningProperties properties(String password) {
        return new SigningProperties(
                List.of(new SigningProperties.Key("H37.31", null, keyStore, null, password, null, null, null)),
                List.of(root), null, false, DataSize.ofMegabytes(20));
    }

    private static DssSignatureValidator validator() {
        return new DssSignatureValidator(TrustServices.from(properties("s3cret"), new DemoServices(null, null)));
    }

    @Test
    void aConfiguredRsaKeySignsAtBaselineBWithAnIntactSignatureChainedToTheConfiguredRoot() {
        SignedDocument signed = signer("s3cret").sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.COPY_CERTIFICATION, null));

        assertThat(signed.level()).isEqualTo("PAdES-BASELINE-B");
        ValidationReport report = validator().validate(signed.pdf());
        SignatureValidation signature = report.signatures().get(0);
        assertThat(signature.signerName()).isEqualTo("Ủy ban nhân dân xã Gia Phú (con dấu)");
        assertThat(signature.chain()).hasSize(2).last().asString().contains("Test Government CA");
        // intact and trusted; without a CRL source (online revocation off) ETSI says "not conclusive", not "failed"
        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo("CERTIFICATE_CHAIN_GENERAL_FAILURE");
        assertThat(signature.errors()).contains("No revocation data found for the certificate!")
                .noneMatch(e -> e.contains("not intact"));
    }

    @Test
    void withoutTheDemoProfileASignerWithoutAConfiguredKeyCannotSign() {
        assertThatThrownBy(() -> signer("s3cret").sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.officer(SigningFixture.OFFICER), SignatureAppearance.SIGNATURE_WITH_SEAL, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("signing.error.no-key"));
    }

    @Test
    void aWrongPasswordMakesTheKeyUnavailable() {
        assertThatThrownBy(() -> signer("wrong").sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signing.error.key-unavailable"));
    }

    @Test
    void productionNeverTrustsTheDemoRoot() {
        byte[] demoSigned = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)).pdf();

        ValidationReport report = validator().validate(demoSigned);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }
}
