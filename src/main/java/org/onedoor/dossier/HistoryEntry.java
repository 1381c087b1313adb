package org.onedoor.dossier;

import java.time.Instant;

/**
 * One row of a dossier's history ("quá trình xử lý").
 *
 * @param sequence  1, 2, … in order
 * @param at        when
 * @param actor     username, {@code citizen} or {@code system}
 * @param action    workflow action name
 * @param comment   comment, or null
 * @param from      status before (null for the submission)
 * @param to        status after
 * @param stepId    step after the transition
 * @param stepDueAt due time of that step, or null
 */
public record HistoryEntry(int sequence, Instant at, String actor, String action, String comment, DossierStatus from,
                           DossierStatus to, String stepId, Instant stepDueAt) {
}
