/**
 * Electronic signatures for every module: PAdES signing of PDFs with EU DSS (baseline B, T with a time-stamp
 * source, LT with revocation data), keys from PKCS#12 files or PKCS#11 tokens, a demo PKI for the demo profile,
 * visible appearances per Decree 30/2020 Annex I, and validation. API: {@link org.onedoor.signing.DocumentSigner},
 * {@link org.onedoor.signing.SignatureValidator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing")
package org.onedoor.signing;
