package org.onedoor.border;

import java.util.Optional;

/**
 * The fingerprint reader of a lane (hook for a device driver, decision 0521). The default captures nothing; an
 * installation with a reader provides its own bean. Called once at the first scan of each crossing; the image is
 * stored with the crossing.
 */
public interface FingerprintReader {

    /** @return the captured fingerprint, empty when there is no reader or no finger was placed */
    Optional<DeviceCapture> capture(String gate, DocumentCheck document);
}
