package org.onedoor.dossier;

import java.time.Instant;

/**
 * What the applicant gets back on submission.
 *
 * @param code            dossier code {@code <receiving agency code>-YYMMDD-NNNN}
 * @param status          status after submission ({@code NEW} online, {@code RECEIVED} at the counter)
 * @param receivedAt      submission time
 * @param dueAt           legal due time as known now (restarts when the desk receives an online dossier)
 * @param submissionToken secret that lets the submitter upload files to this dossier without an account
 */
public record Receipt(String code, DossierStatus status, Instant receivedAt, Instant dueAt,
                      String submissionToken) {
}
