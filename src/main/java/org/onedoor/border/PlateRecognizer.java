package org.onedoor.border;

import java.util.Optional;

/**
 * Hook for a plate-recognition camera (ANPR) at a vehicle lane. A device adapter is a bean implementing this; without
 * one, {@link #NONE} is used and the guard types the plate.
 */
public interface PlateRecognizer {

    /** Reads nothing. */
    PlateRecognizer NONE = (gate, image) -> Optional.empty();

    /**
     * @param image the camera frame (JPEG or PNG bytes)
     * @return the plate as read, if any
     */
    Optional<Reading> read(String gate, byte[] image);

    /** @param confidence 0–1 as the device reports it */
    record Reading(String plate, double confidence) {
    }
}
