package org.onedoor.signing.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Signing keys, trust anchors and sources of time-stamps and revocation data ({@code onedoor.signing.*}).
 * <p>
 * Example (production):
 * <pre>
 * onedoor.signing.trusted-roots[0]=/etc/onedoor/pki/gcc-root.pem
 * onedoor.signing.tsa-url=https://tsa.example.vn/tsp
 * onedoor.signing.keys[0].agency=000.00.31.H37
 * onedoor.signing.keys[0].pkcs12=/etc/onedoor/keys/giaphu.p12
 * onedoor.signing.keys[0].password=${GIAPHU_P12_PASSWORD}
 * onedoor.signing.keys[0].seal-image=/etc/onedoor/keys/giaphu-seal.png
 * onedoor.signing.keys[1].officer=lanhdao.giaphu
 * onedoor.signing.keys[1].pkcs11-config=/etc/onedoor/keys/token.cfg
 * onedoor.signing.keys[1].password=${TOKEN_PIN}
 * onedoor.signing.keys[1].alias=lanhdao
 * onedoor.signing.keys[1].signature-image=/etc/onedoor/keys/lanhdao-signature.png
 * </pre>
 *
 * @param keys               signing keys per agency (organisational certificate) and per officer (personal
 *                           certificate). With {@code onedoor.demo=true}, a signer without a configured key gets a
 *                           key from the demo PKI (created under {@code <data-dir>/pki})
 * @param trustedRoots       trust anchors for validation (PEM or DER certificate files, several certificates per
 *                           PEM file allowed). The demo root is added only when {@code onedoor.demo=true}
 * @param tsaUrl             RFC 3161 time-stamp authority: signatures reach PAdES-BASELINE-T. Empty: the demo
 *                           profile uses its in-process TSA, production signs at B-B
 * @param onlineRevocation   fetch CRLs from the certificates' distribution points (HTTP) when signing at B-LT and
 *                           when validating a chain that ends at a trusted root (default true). The demo CRLs are
 *                           always answered in the process
 * @param maxValidationSize  largest PDF the public validation endpoint accepts (default 20MB)
 */
@ConfigurationProperties("onedoor.signing")
public record SigningProperties(
        @DefaultValue List<Key> keys,
        @DefaultValue List<Path> trustedRoots,
        String tsaUrl,
        @DefaultValue("true") boolean onlineRevocation,
        @DefaultValue("20MB") DataSize maxValidationSize) {

    /**
     * One signing key. Exactly one of {@code agency} / {@code officer}, and one of {@code pkcs12} /
     * {@code pkcs11Config}.
     *
     * @param agency         agency code whose seal this key is (either official format)
     * @param officer        user name of the officer whose personal key this is
     * @param pkcs12         PKCS#12 (.p12/.pfx) file
     * @param pkcs11Config   SunPKCS11 provider configuration file of a token or HSM (JDK {@code SunPKCS11}:
     *                       {@code name = ...}, {@code library = /usr/lib/...so}, {@code slot = 0})
     * @param password       PKCS#12 password or token PIN
     * @param alias          key entry alias; empty takes the first key entry
     * @param signatureImage PNG of the officer's signature (blue), for SIGNATURE_WITH_SEAL
     * @param sealImage      PNG of the agency's seal (red), for SIGNATURE_WITH_SEAL
     */
    public record Key(String agency, String officer, Path pkcs12, Path pkcs11Config, String password, String alias,
                      Path signatureImage, Path sealImage) {
    }
}
