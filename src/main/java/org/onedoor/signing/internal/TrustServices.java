package org.onedoor.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.onedoor.signing.demo.DemoPki;
import org.onedoor.signing.demo.DemoServices;

import eu.europa.esig.dss.alert.ExceptionOnStatusAlert;
import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * Trust anchors and the sources of time-stamps and revocation data, shared by signing and validation.
 * Production trusts only {@code onedoor.signing.trusted-roots}; the demo root is added in the demo profile only.
 */
final class TrustServices {

    private final List<X509Certificate> trustedRoots;
    private final CRLSource crlSource;
    private final TSPSource tspSource;

    TrustServices(List<X509Certificate> trustedRoots, CRLSource crlSource, TSPSource tspSource) {
        this.trustedRoots = List.copyOf(trustedRoots);
        this.crlSource = crlSource;
        this.tspSource = tspSource;
    }

    static TrustServices from(SigningProperties properties, DemoServices demo) {
        DemoPki demoPki = demo.pki();
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : properties.trustedRoots()) {
            roots.addAll(readCertificates(file));
        }
        if (demoPki != null) {
            roots.add(demoPki.rootCertificate());
        }
        CommonsDataLoader http = null;
        if (properties.onlineRevocation()) {
            http = new CommonsDataLoader();
            http.setTimeoutConnection(5_000);
            http.setTimeoutResponse(10_000);
        }
        CRLSource crls = demoPki == null && http == null ? null
                : new OnlineCRLSource(new RevocationDataLoader(demoPki, http));
        TSPSource tsp = null;
        if (properties.tsaUrl() != null && !properties.tsaUrl().isBlank()) {
            tsp = new OnlineTSPSource(properties.tsaUrl());
        } else if (demoPki != null) {
            tsp = demo.tsa();
        }
        return new TrustServices(roots, crls, tsp);
    }

    TSPSource tspSource() {
        return tspSource;
    }

    boolean revocationAvailable() {
        return crlSource != null;
    }

    List<X509Certificate> trustedRoots() {
        return trustedRoots;
    }

    /** For signing: a revoked signing certificate or a missing CRL stops the signature (caught by the signer). */
    CertificateVerifier signingVerifier() {
        CommonCertificateVerifier verifier = base();
        verifier.setAlertOnRevokedCertificate(new ExceptionOnStatusAlert());
        verifier.setAlertOnMissingRevocationData(new ExceptionOnStatusAlert());
        verifier.setAlertOnInvalidTimestamp(new ExceptionOnStatusAlert());
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new LogOnStatusAlert());
        verifier.setAlertOnUncoveredPOE(new LogOnStatusAlert());
        return verifier;
    }

    /** For validation: never throws; revocation is fetched only for chains that end at a trusted root. */
    CertificateVerifier validationVerifier() {
        CommonCertificateVerifier verifier = base();
        verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
        verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
        verifier.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
        return verifier;
    }

    private CommonCertificateVerifier base() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustedRoots.forEach(root -> trusted.addCertificate(new CertificateToken(root)));
        verifier.setTrustedCertSources(trusted);
        verifier.setCheckRevocationForUntrustedChains(false);
        if (crlSource != null) {
            verifier.setCrlSource(crlSource);
        }
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        return verifier;
    }

    static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            List<X509Certificate> result = new ArrayList<>();
            certificates.forEach(c -> result.add((X509Certificate) c));
            if (result.isEmpty()) {
                throw new IllegalStateException("no certificate in " + file);
            }
            return result;
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("onedoor.signing.trusted-roots: cannot read " + file, e);
        }
    }
}
