package org.onedoor.ecopy;

/**
 * Compares a face photo taken at the kiosk with the holder of an ID number, the way a national identity service
 * (e.g. the national population database's biometric check) would. Declare a bean of this type to plug one in;
 * without one, OneDoor answers {@link FaceMatch#UNAVAILABLE} and an officer compares the photo with the card data
 * on the review screen. Implementations must not throw: an outage is {@link FaceMatch#UNAVAILABLE}.
 */
@FunctionalInterface
public interface FaceVerifier {

    /**
     * @param photo    the captured image (JPEG or PNG bytes)
     * @param idNumber the 12-digit personal identification number read from the card
     */
    FaceMatch verify(byte[] photo, String idNumber);

    /** The verifier's answer. */
    enum FaceMatch { MATCH, NO_MATCH, UNAVAILABLE }
}
