package org.onedoor.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.onedoor.common.DomainException;
import org.onedoor.identity.Role;

/**
 * The state machine, pure: a definition, the current step, an action, the actor's roles (and, at a consultation
 * step, the branches) give the next position or a rejection with a message key. No I/O, no clock of its own;
 * persistence and authorisation by agency are the dossier module's job.
 */
public final class WorkflowEngine {

    private WorkflowEngine() {
    }

    /**
     * @param branches open consultation branches after this action was recorded (only read at a consultation step)
     * @throws DomainException UNPROCESSABLE {@code workflow.action.notAllowed} when the step does not allow the
     *                         action, FORBIDDEN {@code workflow.action.roleMissing} when the actor lacks the role,
     *                         UNPROCESSABLE {@code workflow.consultation.open} when leaving a consultation too early
     */
    public static Move apply(WorkflowDefinition definition, String stepId, WorkflowAction action, Set<Role> roles,
                             List<Branch> branches, Instant now) {
        Step step = definition.requireStep(stepId);
        Transition transition = step.transition(action).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "workflow.action.notAllowed", action.name(), step.id()));
        Role needed = step.roleFor(transition);
        if (needed != null && !roles.contains(needed)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "workflow.action.roleMissing",
                    action.name(), needed.name());
        }
        if (step.consultation() != null && action != WorkflowAction.WITHDRAW && action != WorkflowAction.EXTEND) {
            boolean allSettled = branches.stream().allMatch(b -> b.settled(now));
            if (action == WorkflowAction.CONSULTATION_REPLY) {
                return allSettled
                        ? new Move(step.id(), step.consultation().joinTarget(), step.consultation().joinStatus(), true)
                        : new Move(step.id(), step.id(), null, false);
            }
            if (!allSettled) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE, "workflow.consultation.open", step.id());
            }
        }
        return new Move(step.id(), transition.target(), transition.status(), false);
    }

    /** The actions the holder of {@code roles} may take at a step (for buttons), in declaration order. */
    public static List<WorkflowAction> allowed(WorkflowDefinition definition, String stepId, Set<Role> roles) {
        Step step = definition.requireStep(stepId);
        List<WorkflowAction> result = new ArrayList<>();
        for (Transition t : step.transitions().values()) {
            Role needed = step.roleFor(t);
            if (needed == null || roles.contains(needed)) {
                result.add(t.action());
            }
        }
        return result;
    }

    /** Actions never offered as buttons: system-driven or answered by other agencies. */
    public static final Set<WorkflowAction> SYSTEM_ACTIONS = EnumSet.of(WorkflowAction.SUBMIT);
}
