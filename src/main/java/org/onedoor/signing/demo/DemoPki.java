package org.onedoor.signing.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo public key infrastructure, kept under {@code <data-dir>/pki}: a root CA, an intermediate "agency CA"
 * that issues the agencies' (organisational) and officers' (personal) certificates, a time-stamp authority
 * certificate issued by the root, and one CRL per CA. Every key is EC P-256 (a key pair costs well under a
 * millisecond, RSA-2048 about 100 ms on this machine's cores) and every PKCS#12 file has the demo password
 * {@link #PASSWORD}. Files are written once and reused (idempotent); revocations are kept in
 * {@code revoked.txt}. Never used when {@code onedoor.demo=false}.
 */
public final class DemoPki {

    /** Password of every demo PKCS#12 file (documented in docs/demo-accounts.md; demo profile only). */
    public static final String PASSWORD = "Demo@2026";
    public static final String ROOT_CRL_PATH = "/pki/demo-root.crl";
    public static final String CA_CRL_PATH = "/pki/demo-ca.crl";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** The CAs' validity starts a month back, so tests can issue certificates that have already expired. */
    private static final Duration BACKDATE = Duration.ofDays(30);

    private final Path directory;
    private final String publicUrl;
    private final Issued root;
    private final Issued agencyCa;
    private final Issued tsa;
    private final Map<BigInteger, Instant> revoked = new LinkedHashMap<>();

    /** A private key with its certificate chain (the certificate first, the root last). */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** Loads the PKI from {@code directory}, creating what is missing. */
    public static synchronized DemoPki openOrCreate(Path directory, String publicUrl) {
        try {
            Files.createDirectories(directory);
            return new DemoPki(directory, stripSlash(publicUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("demo PKI could not be created in " + directory, e);
        }
    }

    private DemoPki(Path directory, String publicUrl) throws IOException, GeneralSecurityException,
            OperatorCreationException {
        this.directory = directory;
        this.publicUrl = publicUrl;
        Path rootFile = directory.resolve("root.p12");
        if (Files.exists(rootFile)) {
            root = load(rootFile);
        } else {
            root = selfSigned(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, "OneDoor demo – not a real certification authority")
                    .addRDN(BCStyle.CN, "OneDoor Demo Root CA").build());
            store(rootFile, root);
        }
        agencyCa = loadOrIssue(directory.resolve("agency-ca.p12"), () -> issueCa(name("OneDoor Demo Agency CA", null, null)));
        tsa = loadOrIssue(directory.resolve("tsa.p12"), () -> issueTsa(name("OneDoor Demo Time-Stamp Authority", null, null)));
        readRevocations();
    }

    private interface IssueAction {
        Issued issue() throws GeneralSecurityException, OperatorCreationException, IOException;
    }

    private Issued loadOrIssue(Path file, IssueAction action)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        if (Files.exists(file)) {
            return load(file);
        }
        Issued issued = action.issue();
        store(file, issued);
        return issued;
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate agencyCaCertificate() {
        return agencyCa.certificate();
    }

    public Issued timeStampAuthority() {
        return tsa;
    }

    public Path directory() {
        return directory;
    }

    /** The PKCS#12 file of an agency's organisational certificate, issued on first use. */
    public synchronized Path agencyKeyStore(String agencyCode, String agencyName) {
        return keyStore(directory.resolve("agencies").resolve(safe(agencyCode) + ".p12"),
                name(agencyName, agencyName, agencyCode));
    }

    /** The PKCS#12 file of an officer's personal certificate, issued on first use. */
    public synchronized Path officerKeyStore(String username, String fullName, String agencyName) {
        return keyStore(directory.resolve("officers").resolve(safe(username) + ".p12"),
                name(fullName, agencyName, username));
    }

    private Path keyStore(Path file, X500Name subject) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                Instant now = Instant.now();
                store(file, issueEndEntity(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3 * 365))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }
        return file;
    }

    /** Issues an end-entity signing certificate by the agency CA (not stored; tests use it for odd validity). */
    public Issued issueEndEntity(String commonName, Instant notBefore, Instant notAfter) {
        try {
            return issueEndEntity(name(commonName, "OneDoor demo", null), notBefore, notAfter);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a certificate issued by the agency CA on its CRL, revoked at {@code when}. */
    public synchronized void revoke(X509Certificate certificate, Instant when) {
        revoked.put(certificate.getSerialNumber(), when);
        StringBuilder lines = new StringBuilder();
        revoked.forEach((serial, at) -> lines.append(serial.toString(16)).append(' ').append(at).append('\n'));
        try {
            Path temp = directory.resolve("revoked.txt.tmp");
            Files.writeString(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, directory.resolve("revoked.txt"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh DER CRL of the agency CA (end-entity certificates): generated on each call, so its thisUpdate is
     * never older than the signature it is embedded for (a CRL costs about a millisecond with an EC key).
     */
    public synchronized byte[] agencyCaCrl() {
        return crl(agencyCa, revoked);
    }

    /** A fresh DER CRL of the root (the agency CA and the time-stamp authority, never revoked). */
    public byte[] rootCrl() {
        return crl(root, Map.of());
    }

    private static byte[] crl(Issued ca, Map<BigInteger, Instant> revocations) {
        try {
            // thisUpdate on the next whole second: the CRL's time (UTCTime, seconds) must not fall before the
            // time-stamp taken a moment earlier, or DSS finds no revocation data "after the best signature time"
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            revocations.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(ca.certificate()));
            // the demo CAs never drop entries, so their CRLs also speak for expired certificates (RFC 5280 §5.2.7
            // is silent; X.509 expiredCertsOnCRL): DSS can then judge an expired certificate by its validity alone
            builder.addExtension(Extension.expiredCertsOnCRL, false,
                    new org.bouncycastle.asn1.ASN1GeneralizedTime(ca.certificate().getNotBefore()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(System.nanoTime())));
            X509CRLHolder holder = builder.build(signer(ca.key()));
            return holder.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readRevocations() throws IOException {
        Path file = directory.resolve("revoked.txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2) {
                    revoked.put(new BigInteger(parts[0], 16), Instant.parse(parts[1]));
                }
            }
        }
    }

    // ---- issuing ---------------------------------------------------------------------------------------------

    private static Issued selfSigned(X500Name subject) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        KeyPair pair = keyPair();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(Duration.ofDays(20 * 365))), subject,
                pair.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate certificate = convert(builder, pair.getPrivate());
        return new Issued(pair.getPrivate(), List.of(certificate));
    }

    private Issued issueCa(X500Name subject) throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        return issue(root, subject, now.minus(BACKDATE), now.plus(Duration.ofDays(10 * 365)),
                ROOT_CRL_PATH, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
    }

    private Issued issueTsa(X500Name subject) throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        return issue(root, subject, now.minus(BACKDATE), now.plus(Duration.ofDays(10 * 365)),
                ROOT_CRL_PATH, builder -> {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                });
    }

    private Issued issueEndEntity(X500Name subject, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        return issue(agencyCa, subject, notBefore, notAfter, CA_CRL_PATH, builder -> {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        });
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws IOException;
    }

    private Issued issue(Issued issuer, X500Name subject, Instant notBefore, Instant notAfter, String crlPath,
            Extensions extensions) throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair pair = keyPair();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(issuer.certificate()));
        GeneralName url = new GeneralName(GeneralName.uniformResourceIdentifier, publicUrl + crlPath);
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(url)), null, null) }));
        extensions.add(builder);
        X509Certificate certificate = convert(builder, issuer.key());
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuer.chain());
        return new Issued(pair.getPrivate(), List.copyOf(chain));
    }

    private static X500Name name(String commonName, String organisation, String unit) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        builder.addRDN(BCStyle.O, organisation == null ? "OneDoor demo – not a real certification authority"
                : organisation);
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate convert(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63);
    }

    // ---- files -----------------------------------------------------------------------------------------------

    private static void store(Path file, Issued issued) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signing", issued.key(), PASSWORD.toCharArray(), issued.chain().toArray(Certificate[]::new));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, PASSWORD.toCharArray());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the single key entry of a demo PKCS#12 file. */
    public static Issued load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        String alias = store.aliases().nextElement();
        PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) certificate);
        }
        return new Issued(key, List.copyOf(chain));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
