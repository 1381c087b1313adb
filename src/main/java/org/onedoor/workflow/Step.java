package org.onedoor.workflow;

import java.util.Map;
import java.util.Optional;

import org.onedoor.identity.Role;

/**
 * A step of a workflow ("bước xử lý").
 *
 * @param id                 unique within the definition
 * @param name               Vietnamese name
 * @param nameEn             English name
 * @param role               role that acts at this step (null only for terminal steps)
 * @param party              which agency acts: the receiving centre (desk work) or the competent agency
 * @param budget             time budget of the step, or null for none
 * @param terminal           no way out: the dossier's life ends here
 * @param consultation       null, or the parallel consultation this step runs
 * @param transitions        allowed actions, by action
 */
public record Step(String id, String name, String nameEn, Role role, Party party, StepBudget budget,
                   boolean terminal, Consultation consultation, Map<WorkflowAction, Transition> transitions) {

    /** Which of the dossier's agencies works at a step. */
    public enum Party { RECEIVING, COMPETENT }

    /**
     * A step that opens one branch per consulted agency and joins when every branch has replied or is overdue.
     *
     * @param branchBudget each agency's own deadline
     * @param replyRole    role that answers in the consulted agency
     * @param joinTarget   step reached on join
     * @param joinStatus   status on join
     */
    public record Consultation(StepBudget branchBudget, Role replyRole, String joinTarget, String joinStatus) {
    }

    public Optional<Transition> transition(WorkflowAction action) {
        return Optional.ofNullable(transitions.get(action));
    }

    /** The role needed for an action here: the action's own, or the step's (the reply role for consultation replies). */
    public Role roleFor(Transition transition) {
        if (transition.role() != null) {
            return transition.role();
        }
        if (transition.action() == WorkflowAction.CONSULTATION_REPLY && consultation != null) {
            return consultation.replyRole();
        }
        return role;
    }
}
