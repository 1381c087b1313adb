package org.onedoor.signing.web;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.onedoor.signing.demo.DemoPki;
import org.onedoor.signing.demo.DemoServices;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The demo PKI's public files (demo profile only, 404 otherwise): the root and agency CA certificates to install
 * as trust anchors in a PDF reader, the CRLs named in the certificates' distribution points, and the RFC 3161
 * time-stamp authority. Public, no session.
 */
@RestController
@Hidden
class PkiController {

    private static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");
    private static final MediaType TIMESTAMP_REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final DemoServices demo;

    PkiController(DemoServices demo) {
        this.demo = demo;
    }

    @GetMapping("/pki/demo-root.crt")
    ResponseEntity<byte[]> rootCertificate() throws CertificateEncodingException {
        return demo.enabled() ? certificate(demo.pki().rootCertificate(), "onedoor-demo-root.crt") : notFound();
    }

    @GetMapping("/pki/demo-ca.crt")
    ResponseEntity<byte[]> agencyCaCertificate() throws CertificateEncodingException {
        return demo.enabled() ? certificate(demo.pki().agencyCaCertificate(), "onedoor-demo-agency-ca.crt") : notFound();
    }

    @GetMapping(DemoPki.CA_CRL_PATH)
    ResponseEntity<byte[]> agencyCaCrl() {
        return demo.enabled() ? crl(demo.pki().agencyCaCrl()) : notFound();
    }

    @GetMapping(DemoPki.ROOT_CRL_PATH)
    ResponseEntity<byte[]> rootCrl() {
        return demo.enabled() ? crl(demo.pki().rootCrl()) : notFound();
    }

    @PostMapping(path = "/pki/tsa", consumes = "application/timestamp-query")
    ResponseEntity<byte[]> timeStamp(@RequestBody byte[] request) {
        if (!demo.enabled()) {
            return notFound();
        }
        if (request.length > 16 * 1024) {
            return ResponseEntity.badRequest().build();
        }
        try {
            return ResponseEntity.ok().contentType(TIMESTAMP_REPLY).cacheControl(CacheControl.noStore())
                    .body(demo.tsa().respond(request));
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
    }

    private static ResponseEntity<byte[]> certificate(X509Certificate certificate, String name)
            throws CertificateEncodingException {
        return ResponseEntity.ok().contentType(CERTIFICATE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + name)
                .body(certificate.getEncoded());
    }

    private static ResponseEntity<byte[]> crl(byte[] der) {
        return ResponseEntity.ok().contentType(CRL).cacheControl(CacheControl.noCache()).body(der);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().build();
    }
}
