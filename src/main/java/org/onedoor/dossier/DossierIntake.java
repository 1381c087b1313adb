package org.onedoor.dossier;

import java.io.InputStream;

/** Intake of dossiers on every channel ("tiếp nhận hồ sơ"). */
public interface DossierIntake {

    /**
     * Registers a dossier: validates the applicant, the procedure, the channel and the routing, gives it its code
     * and due date, and records the first history row. One transaction.
     *
     * @param idempotencyKey client-chosen key, or null: the same key with the same request answers the first
     *                       receipt again; the same key with a different request is a conflict
     * @throws org.onedoor.common.DomainException with field violations on invalid input
     */
    Receipt submit(SubmissionRequest request, String idempotencyKey);

    /**
     * Attaches a file to a component. The content type is detected from the bytes (PDF, JPEG, PNG), never from the
     * name. Allowed for the submitter presenting {@code submissionToken}, or for an officer who may act on it.
     *
     * @param submissionToken the token from the {@link Receipt}, or null when an officer uploads
     */
    DossierFile attach(String code, String componentCode, String fileName, InputStream content, String submissionToken);
}
