package org.onedoor.queue;

import java.time.Instant;

/**
 * A citizen rated a visit (kiosk or counter tablet). Published to the outbox; the reporting module counts it in
 * the satisfaction indicators, per centre, counter, officer and, when the visit received a dossier, per dossier.
 *
 * @param rating      SATISFIED, ACCEPTABLE or NOT_SATISFIED
 * @param reason      optional free text or reason code, null when none
 * @param dossierCode the dossier received during the visit, null when none
 */
public record ServiceRated(long ratingId, String centre, String ticketCode, String counter, String officer,
                           String rating, String reason, String dossierCode, Instant at) {
}
