package org.onedoor.dossier;

import java.time.Instant;

/** One line of an inbox, ordered by due time (the most urgent first). */
public record InboxRow(String code, String procedureCode, String procedureName, String applicantName,
                       DossierStatus status, String stepId, String assignee, Instant receivedAt, Instant dueAt,
                       Instant stepDueAt, int version) {
}
