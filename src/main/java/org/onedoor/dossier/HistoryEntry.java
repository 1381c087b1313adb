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
 * @param dueAt     the dossier's due time after the transition, or null when unknown (e.g. the due time an
 *                  extension replaced is the {@code dueAt} of the entry before the {@code EXTEND})
 */
public record HistoryEntry(int sequence, Instant at, String actor, String action, String comment, DossierStatus from,
                           DossierStatus to, String stepId, Instant stepDueAt, Instant dueAt) {

    /** An entry without the dossier due time. */
    public HistoryEntry(int sequence, Instant at, String actor, String action, String comment, DossierStatus from,
                        DossierStatus to, String stepId, Instant stepDueAt) {
        this(sequence, at, actor, action, comment, from, to, stepId, stepDueAt, null);
    }
}
