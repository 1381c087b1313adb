package org.onedoor.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What the public tracking page shows ("tra cứu hồ sơ"): status and timeline, no officer names, no comments, no
 * personal data beyond the applicant's own name.
 */
public record PublicTracking(String code, String procedureCode, String procedureName, String applicantName,
                             DossierStatus status, Instant receivedAt, Instant dueAt, Instant finishedAt,
                             List<Event> timeline) {

    /** One public step: what happened (action name) and the resulting status. */
    public record Event(Instant at, String action, DossierStatus status) {
    }
}
