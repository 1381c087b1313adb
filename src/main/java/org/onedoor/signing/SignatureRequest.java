package org.onedoor.signing;

import java.util.Objects;

/**
 * Who signs, how the signature looks, and why.
 *
 * @param signer     the agency (organisational certificate) or officer (personal certificate) whose key signs
 * @param appearance the visible layout
 * @param reason     the PDF signature's reason field, e.g. "Chứng thực bản sao từ bản chính"; may be null
 */
public record SignatureRequest(Signer signer, SignatureAppearance appearance, String reason) {

    public SignatureRequest {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(appearance, "appearance");
    }
}
