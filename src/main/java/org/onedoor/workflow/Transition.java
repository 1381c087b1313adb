package org.onedoor.workflow;

import org.onedoor.identity.Role;

/**
 * An action allowed at a step.
 *
 * @param action what the actor does
 * @param target step the dossier moves to (equal to the current step for actions that stay, e.g. {@code EXTEND})
 * @param status name of the resulting {@code DossierStatus}, or null to keep the current one
 * @param role   role required for this action, overriding the step's role, or null
 */
public record Transition(WorkflowAction action, String target, String status, Role role) {
}
