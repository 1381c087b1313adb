package org.onedoor.border;

import java.util.Optional;

/**
 * The face camera of a lane (hook for a device driver, decision 0521): captures the traveller's face and, when it
 * can, scores the match against the document photo ({@link DeviceCapture#matchScore()}). The default captures
 * nothing. Called once at the first scan of each crossing; the image is stored with the crossing.
 */
public interface FaceCamera {

    /** @return the captured face, empty when there is no camera */
    Optional<DeviceCapture> capture(String gate, DocumentCheck document);
}
