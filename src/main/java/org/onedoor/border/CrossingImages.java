package org.onedoor.border;

import java.util.List;

/**
 * The images of each crossing (fingerprint, face, document photo). Sensitive: border roles of the crossing's gate
 * only; every listing and every read is recorded in the audit trail.
 */
public interface CrossingImages {

    /**
     * Stores an image for a crossing (opened or decided).
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND for an unknown crossing, INVALID for an unknown kind or
     *                                            an empty image, FORBIDDEN for an officer of another gate
     */
    CrossingImage attach(long crossingId, String kind, DeviceCapture capture);

    /** The images of a crossing, in capture order (audited). */
    List<CrossingImage> list(long crossingId);

    /** One image with its bytes (audited). */
    Content open(long imageId);

    record Content(CrossingImage image, byte[] bytes) {
    }
}
