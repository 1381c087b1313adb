package org.onedoor.dossier;

import java.time.Instant;
import java.util.List;

import org.onedoor.workflow.WorkflowAction;

/**
 * An officer's action on a dossier.
 *
 * @param action          what to do
 * @param comment         comment, reasons (mandatory for refusals, supplement requests, send-backs, extensions)
 * @param assignee        username of the handling officer, for {@code ASSIGN}
 * @param consultAgencies agency codes to consult, for {@code CONSULT}
 * @param newDueAt        the new due time, for {@code EXTEND}
 */
public record ActionRequest(WorkflowAction action, String comment, String assignee, List<String> consultAgencies,
                            Instant newDueAt) {

    public ActionRequest {
        consultAgencies = consultAgencies == null ? List.of() : List.copyOf(consultAgencies);
    }

    public static ActionRequest of(WorkflowAction action, String comment) {
        return new ActionRequest(action, comment, null, List.of(), null);
    }
}
