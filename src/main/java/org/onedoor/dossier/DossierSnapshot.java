package org.onedoor.dossier;

import java.time.Instant;

import org.onedoor.catalog.Channel;

/**
 * The facts about a dossier that other modules (notification, reporting, the portal sync) need, as of one event.
 *
 * @param code                dossier code {@code <receiving agency code>-YYMMDD-NNNN}
 * @param procedureCode       procedure code
 * @param procedureVersion    catalogue version it was received under
 * @param procedureName       procedure name (Vietnamese)
 * @param receivingAgencyCode agency (centre) that received it
 * @param competentAgencyCode agency that decides
 * @param channel             intake channel
 * @param status              status after the event
 * @param receivedAt          receipt time
 * @param dueAt               current due time (after restarts and the extension)
 * @param finishedAt          when it reached a final or result-ready status, or null
 * @param supplementCount     number of supplement requests so far
 * @param extended            whether the one allowed extension was used
 * @param applicantName       applicant's name
 * @param applicantEmail      e-mail for notifications, or null
 * @param applicantPhone      phone for SMS, or null
 * @param applicantLocale     language the applicant used (vi, en, id)
 */
public record DossierSnapshot(String code, String procedureCode, int procedureVersion, String procedureName,
                              String receivingAgencyCode, String competentAgencyCode, Channel channel,
                              DossierStatus status, Instant receivedAt, Instant dueAt, Instant finishedAt,
                              int supplementCount, boolean extended, String applicantName, String applicantEmail,
                              String applicantPhone, String applicantLocale) {
}
