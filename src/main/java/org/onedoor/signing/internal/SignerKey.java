package org.onedoor.signing.internal;

import java.nio.file.Path;

/**
 * What signing needs to know about a signer: the device holding the key, and what the visible signature shows.
 *
 * @param device         where the key is
 * @param displayName    the signer's name (agency or officer), for the PDF's /Name
 * @param agencyName     the agency's name: the signer itself, or the officer's agency (the "SAO Y" text)
 * @param signatureImage the officer's signature PNG, or null
 * @param sealImage      the agency's seal PNG, or null
 */
record SignerKey(SignatureDevice device, String displayName, String agencyName, Path signatureImage, Path sealImage) {
}
