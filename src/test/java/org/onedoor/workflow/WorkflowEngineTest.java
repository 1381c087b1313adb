package org.onedoor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.common.TimeLimit;
import org.onedoor.identity.Role;

/** The state machine over the shipped templates: moves, role checks and the consultation join. */
class WorkflowEngineTest {

    static final Workflows WORKFLOWS = Templates.load();
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final WorkflowDefinition STANDARD = WORKFLOWS.latest("standard").orElseThrow();
    static final WorkflowDefinition CONSULTATION = WORKFLOWS.latest("consultation").orElseThrow();

    @Test
    void theStandardHappyPathEndsWithTheResultReturned() {
        String step = STANDARD.start();
        record Act(WorkflowAction action, Role role, String to, String status) { }
        List<Act> path = List.of(
                new Act(WorkflowAction.RECEIVE, Role.DESK_OFFICER, "assignment", "RECEIVED"),
                new Act(WorkflowAction.ASSIGN, Role.LEADER, "examination", "PROCESSING"),
                new Act(WorkflowAction.FORWARD, Role.SPECIALIST, "approval", null),
                new Act(WorkflowAction.APPROVE, Role.LEADER, "signing", "SIGNING"),
                new Act(WorkflowAction.SIGN, Role.SIGNER, "result", "RESULT_READY"),
                new Act(WorkflowAction.RETURN_RESULT, Role.DESK_OFFICER, "returned", "RESULT_RETURNED"));
        for (Act act : path) {
            Move move = WorkflowEngine.apply(STANDARD, step, act.action(), Set.of(act.role()), List.of(), NOW);
            assertThat(move.to()).isEqualTo(act.to());
            assertThat(move.status()).isEqualTo(act.status());
            step = move.to();
        }
        assertThat(STANDARD.requireStep(step).terminal()).isTrue();
    }

    @Test
    void anActionTheStepDoesNotAllowIsRejected() {
        assertThatThrownBy(() -> WorkflowEngine.apply(STANDARD, "examination", WorkflowAction.SIGN,
                Set.of(Role.SIGNER), List.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workflow.action.notAllowed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                });
    }

    @Test
    void theActorNeedsTheRoleOfTheStep() {
        assertThatThrownBy(() -> WorkflowEngine.apply(STANDARD, "approval", WorkflowAction.APPROVE,
                Set.of(Role.SPECIALIST, Role.DESK_OFFICER), List.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workflow.action.roleMissing");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
    }

    @Test
    void anActionCanRequireAnotherRoleThanItsStep() {
        assertThatThrownBy(() -> WorkflowEngine.apply(STANDARD, "examination", WorkflowAction.EXTEND,
                Set.of(Role.SPECIALIST), List.of(), NOW)).isInstanceOf(DomainException.class);
        assertThat(WorkflowEngine.apply(STANDARD, "examination", WorkflowAction.EXTEND, Set.of(Role.LEADER),
                List.of(), NOW).staysInStep()).isTrue();
    }

    @Test
    void allowedActionsDependOnRoles() {
        assertThat(WorkflowEngine.allowed(STANDARD, "examination", Set.of(Role.SPECIALIST)))
                .containsExactly(WorkflowAction.FORWARD, WorkflowAction.REQUEST_SUPPLEMENT);
        assertThat(WorkflowEngine.allowed(STANDARD, "examination", Set.of(Role.DESK_OFFICER)))
                .containsExactly(WorkflowAction.WITHDRAW);
    }

    @Test
    void aConsultationWaitsUntilEveryAgencyHasReplied() {
        Move consult = WorkflowEngine.apply(CONSULTATION, "examination", WorkflowAction.CONSULT,
                Set.of(Role.SPECIALIST), List.of(), NOW);
        assertThat(consult.to()).isEqualTo("consulting");
        assertThat(consult.status()).isEqualTo("CONSULTING");

        List<Branch> oneReplied = List.of(new Branch("A", NOW.plusSeconds(86400), NOW),
                new Branch("B", NOW.plusSeconds(86400), null));
        Move first = WorkflowEngine.apply(CONSULTATION, "consulting", WorkflowAction.CONSULTATION_REPLY,
                Set.of(Role.SPECIALIST), oneReplied, NOW);
        assertThat(first.staysInStep()).isTrue();
        assertThat(first.joined()).isFalse();

        List<Branch> bothReplied = List.of(new Branch("A", NOW.plusSeconds(86400), NOW),
                new Branch("B", NOW.plusSeconds(86400), NOW));
        Move last = WorkflowEngine.apply(CONSULTATION, "consulting", WorkflowAction.CONSULTATION_REPLY,
                Set.of(Role.SPECIALIST), bothReplied, NOW);
        assertThat(last.joined()).isTrue();
        assertThat(last.to()).isEqualTo("examination");
        assertThat(last.status()).isEqualTo("PROCESSING");
    }

    @Test
    void anOverdueAgencyNoLongerHoldsTheDossierBack() {
        List<Branch> oneSilentButOverdue = List.of(new Branch("A", NOW.plusSeconds(3600), NOW),
                new Branch("B", NOW.minusSeconds(1), null));
        List<Branch> oneSilentNotYetDue = List.of(new Branch("A", NOW.plusSeconds(3600), NOW),
                new Branch("B", NOW.plusSeconds(60), null));

        assertThatThrownBy(() -> WorkflowEngine.apply(CONSULTATION, "consulting", WorkflowAction.FORWARD,
                Set.of(Role.SPECIALIST), oneSilentNotYetDue, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.consultation.open"));
        assertThat(WorkflowEngine.apply(CONSULTATION, "consulting", WorkflowAction.FORWARD, Set.of(Role.SPECIALIST),
                oneSilentButOverdue, NOW).to()).isEqualTo("examination");
    }

    @Test
    void stepBudgetsResolveAgainstTheProcedureLimit() {
        assertThat(StepBudget.parse("60%").resolve(TimeLimit.days(10))).isEqualTo(TimeLimit.hours(48));
        assertThat(StepBudget.parse("15%").resolve(TimeLimit.days(1))).isEqualTo(TimeLimit.hours(2));
        assertThat(StepBudget.parse("10%").resolve(TimeLimit.hours(0))).isEqualTo(TimeLimit.hours(0));
        assertThat(StepBudget.parse("2d").resolve(TimeLimit.days(10))).isEqualTo(TimeLimit.days(2));
        assertThatThrownBy(() -> StepBudget.parse("150%")).isInstanceOf(IllegalArgumentException.class);
    }
}
