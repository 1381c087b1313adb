package org.onedoor.signing.internal;

import java.security.cert.X509Certificate;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;

/**
 * The seam between OneDoor and whatever holds a private key (SPI, internal to the signing module).
 * <p>
 * Signing is split in three steps: OneDoor computes the digest of the PDF's signed attributes (DSS
 * {@code getDataToSign}), a device signs that digest, and OneDoor assembles the CMS signature into the PDF (DSS
 * {@code signDocument}). A device therefore never sees the document, only a digest, which is exactly what a
 * remote signing service of the Cloud Signature Consortium API offers ({@code credentials/info} for the chain,
 * {@code signatures/signHash} for the value). Adding one means implementing this interface and choosing it in
 * {@link SignerKeys}; callers of {@link org.onedoor.signing.DocumentSigner} do not change.
 */
public interface SignatureDevice {

    /** The signing certificate first, then its issuers (the root may be left out). */
    List<X509Certificate> certificateChain();

    /**
     * Signs a message digest computed with {@code algorithm}. Returns the raw signature value: PKCS#1 v1.5 for an
     * RSA key, DER-encoded ECDSA for an EC key.
     */
    byte[] signDigest(DigestAlgorithm algorithm, byte[] digest);
}
