package org.onedoor.signing;

/**
 * Signs a PDF with a PAdES signature of the signer named in the request, as an incremental update that keeps
 * the original bytes intact. The level is the highest the configuration allows: B-B always, B-T when a
 * time-stamp source is configured, B-LT when revocation data can be fetched as well.
 * <p>
 * Throws {@link org.onedoor.common.DomainException} when the signer has no usable key (unknown, expired,
 * revoked, token unavailable) or the bytes are not a PDF.
 */
public interface DocumentSigner {

    SignedDocument sign(byte[] pdf, SignatureRequest request);
}
