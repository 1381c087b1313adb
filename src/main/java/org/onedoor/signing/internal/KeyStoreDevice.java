package org.onedoor.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;

/**
 * A key in a Java {@link KeyStore}: a PKCS#12 file, or a PKCS#11 token/HSM through the JDK's SunPKCS11 provider
 * configured by a provider configuration file. The digest is signed with the raw {@code NONEwith…} algorithms,
 * so the token does the private-key operation only.
 */
final class KeyStoreDevice implements SignatureDevice {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;

    /** A key already in memory (tests). */
    KeyStoreDevice(PrivateKey key, List<X509Certificate> chain) {
        this(key, chain, null);
    }

    private KeyStoreDevice(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    static KeyStoreDevice pkcs12(Path file, String password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, secret);
        }
        return from(store, alias, secret, null);
    }

    static KeyStoreDevice pkcs11(Path providerConfig, String pin, String alias) throws GeneralSecurityException, IOException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new GeneralSecurityException("the JDK has no SunPKCS11 provider");
        }
        Provider provider = base.configure(providerConfig.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        char[] secret = pin == null ? null : pin.toCharArray();
        store.load(null, secret);
        return from(store, alias, secret, provider);
    }

    private static KeyStoreDevice from(KeyStore store, String alias, char[] password, Provider provider)
            throws GeneralSecurityException {
        String chosen = alias;
        if (chosen == null || chosen.isBlank()) {
            chosen = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new GeneralSecurityException("no key entry in the key store"));
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, password);
        Certificate[] certificates = store.getCertificateChain(chosen);
        if (key == null || certificates == null || certificates.length == 0) {
            throw new GeneralSecurityException("no key entry '" + chosen + "' with a certificate chain");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            chain.add((X509Certificate) certificate);
        }
        return new KeyStoreDevice(key, chain, provider);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] signDigest(DigestAlgorithm algorithm, byte[] digest) {
        try {
            boolean rsa = "RSA".equals(key.getAlgorithm());
            Signature signature = provider == null
                    ? Signature.getInstance(rsa ? "NONEwithRSA" : "NONEwithECDSA")
                    : Signature.getInstance(rsa ? "NONEwithRSA" : "NONEwithECDSA", provider);
            signature.initSign(key);
            signature.update(rsa ? digestInfo(algorithm, digest) : digest);
            return signature.sign();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the key could not sign: " + e.getMessage(), e);
        }
    }

    /** PKCS#1 v1.5 signs the DER DigestInfo, not the bare digest. */
    private static byte[] digestInfo(DigestAlgorithm algorithm, byte[] digest) throws IOException {
        return new DigestInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithm.getOid()), DERNull.INSTANCE),
                digest).getEncoded();
    }
}
