package org.onedoor.dossier;

import java.time.Instant;

/**
 * The dossier after an action.
 *
 * @param code      dossier code
 * @param status    new status
 * @param stepId    new workflow step id
 * @param dueAt     dossier due time
 * @param stepDueAt due time of the current step, or null
 * @param version   new version (send it back as {@code If-Match} with the next action)
 */
public record ActionResult(String code, DossierStatus status, String stepId, Instant dueAt, Instant stepDueAt,
                           int version) {
}
