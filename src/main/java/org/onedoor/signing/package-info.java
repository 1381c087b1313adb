/**
 * Electronic signatures for every module: PAdES signing of PDFs with EU DSS (baseline B, T with a time-stamp
 * source, LT with revocation data), keys from PKCS#12 files or PKCS#11 tokens, a demo PKI for the demo profile,
 * visible appearances per Decree 30/2020 Annex I, and validation. API: {@link org.onedoor.signing.DocumentSigner},
 * {@link org.onedoor.signing.SignatureValidator}.
 * <p>
 * <b>The signing seam.</b> A signature is made in three steps: the digest of the data to be signed (DSS
 * {@code getDataToSign}), the signature value of that digest from a {@code SignatureDevice} (the only code that
 * touches a private key: a PKCS#12 file or a PKCS#11 token through the JDK's SunPKCS11 provider today), and the
 * assembly of the CMS signature, time-stamp and revocation data into the PDF (DSS {@code signDocument}). A remote
 * signing service in the Cloud Signature Consortium API style ({@code credentials/info} for the chain,
 * {@code signatures/signHash} for the value) is one more {@code SignatureDevice}; callers of
 * {@code DocumentSigner} do not change (decision 0301).
 * <p>
 * Configuration: {@code onedoor.signing.*} ({@code signing.internal.SigningProperties}). Public URLs: {@code POST
 * /api/v1/signatures/validate}; in the demo profile {@code GET /pki/demo-root.crt}, {@code /pki/demo-ca.crt},
 * {@code /pki/demo-root.crl}, {@code /pki/demo-ca.crl} and {@code POST /pki/tsa} (RFC 3161). No database tables:
 * keys live in key stores and, for the demo, under {@code <data-dir>/pki}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing")
package org.onedoor.signing;
