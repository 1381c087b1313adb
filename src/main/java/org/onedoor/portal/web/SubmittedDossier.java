package org.onedoor.portal.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.onedoor.dossier.DossierStatus;

/**
 * What the receipt page shows, kept in the submitter's HTTP session only: the receipt is reachable by the
 * browser that submitted, never by guessing a code (decision 0221).
 */
record SubmittedDossier(String code, DossierStatus status, Instant receivedAt, Instant dueAt, String procedureCode,
                        String procedureName, String procedureNameEn, String receivingAgencyName,
                        List<String> attached, List<FailedUpload> failedUploads, int procedureVersion,
                        String receivingAgencyCode, String applicantName, String applicantAddress, String applicantPhone,
                        String applicantEmail, List<String> components) implements Serializable {

    /** A file that could not be attached after the dossier was registered: the applicant must bring or resend it. */
    record FailedUpload(String componentName, String fileName, String reasonKey) implements Serializable {
    }
}
