package org.onedoor.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onedoor.agency.Agency;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.ActionResult;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.onedoor.workflow.Branch;
import org.onedoor.workflow.Move;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.Transition;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.WorkflowEngine;
import org.onedoor.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' actions: authorisation by agency, the workflow engine's decision, the action's own rules (deadlines,
 * assignment, consultation, completeness) and one transition written by {@link Transitions}.
 */
@Service
class ActionService implements DossierActions {

    /** Actions whose comment is the written reason the law or the applicant needs. */
    static final Set<WorkflowAction> NEED_COMMENT = EnumSet.of(WorkflowAction.REFUSE_AT_INTAKE, WorkflowAction.REFUSE,
            WorkflowAction.REQUEST_SUPPLEMENT, WorkflowAction.SEND_BACK, WorkflowAction.EXTEND, WorkflowAction.WITHDRAW,
            WorkflowAction.CONSULTATION_REPLY);

    private final DossierRepository repository;
    private final Transitions transitions;
    private final Collaborators collaborators;
    private final Workflows workflows;
    private final ResultService results;

    ActionService(DossierRepository repository, Transitions transitions, Collaborators collaborators,
                  Workflows workflows, ResultService results) {
        this.results = results;
        this.repository = repository;
        this.transitions = transitions;
        this.collaborators = collaborators;
        this.workflows = workflows;
    }

    @Override
    @Transactional
    public ActionResult act(String code, ActionRequest request, Integer expectedVersion) {
        Officer officer = collaborators.requireOfficer();
        return act(code, request, expectedVersion, officer, Instant.now());
    }

    @Transactional
    ActionResult act(String code, ActionRequest request, Integer expectedVersion, Officer officer, Instant now) {
        DossierRow row = repository.findVisible(code, officer);
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "dossier.conflict", code);
        }
        DossierRow after = apply(row, request, officer, now);
        return new ActionResult(after.code(), after.status(), after.stepId(), after.dueAt(), after.stepDueAt(),
                after.version());
    }

    /** Applies an action to a loaded dossier in the caller's transaction; returns the dossier after it. */
    DossierRow apply(DossierRow row, ActionRequest request, Officer officer, Instant now) {
        if (request == null || request.action() == null) {
            throw DomainException.invalid(List.of(new FieldViolation("action", "dossier.field.required")));
        }
        WorkflowAction action = request.action();
        WorkflowDefinition definition = definition(row);
        Step step = definition.requireStep(row.stepId());
        Transition transition = step.transition(action).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "workflow.action.notAllowed", action.name(), step.id()));
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (NEED_COMMENT.contains(action) && comment == null) {
            throw DomainException.invalid(List.of(new FieldViolation("comment", "dossier.comment.required")));
        }
        int round = repository.lastRound(row.code());
        if (action == WorkflowAction.CONSULTATION_REPLY) {
            if (!repository.reply(row.code(), round, officer.agencyCode(), now, officer.username(), comment)) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.consultation.notAsked");
            }
        } else if (!officer.agencyCode().equals(actingAgency(row, step, transition))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dossier.action.notYourAgency");
        } else if (!assigneeMayAct(row, step, transition, officer)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dossier.action.notAssignee", row.assignee());
        }
        List<Branch> branches = repository.branches(row.code(), round).stream()
                .map(b -> new Branch(b.agencyCode(), b.dueAt(), b.repliedAt())).toList();
        Move move = WorkflowEngine.apply(definition, row.stepId(), action, officer.roles(), branches, now);

        DeadlinePolicy deadlines = new DeadlinePolicy(collaborators.calendar());
        DossierRow.Draft d = row.draft();
        d.stepId = move.to();
        if (move.status() != null) {
            d.status = DossierStatus.valueOf(move.status());
        }
        Step target = definition.requireStep(move.to());
        if (!move.staysInStep()) {
            d.stepDueAt = deadlines.stepDue(now, target.budget(), row.limit());
        }
        switch (action) {
            case RECEIVE -> {
                checkComplete(row);
                d.receivedAt = now;
                d.clockStart = now;
                d.dueAt = deadlines.due(now, row.limit());
                d.stepDueAt = deadlines.stepDue(now, target.budget(), row.limit());
            }
            case ASSIGN -> d.assignee = assignee(row, request.assignee());
            case REQUEST_SUPPLEMENT -> {
                // before receipt there is no clock and the request does not count against the agency
                d.supplementCount = deadlines.requestSupplement(row, now) == null ? row.supplementCount()
                        : row.supplementCount() + 1;
                d.pausedAt = now;
            }
            case SUPPLEMENT_RECEIVED -> {
                var restarted = deadlines.supplementReceived(row, now);
                d.pausedAt = null;
                if (restarted != null) {
                    d.clockStart = restarted.clockStart();
                    d.dueAt = restarted.dueAt();
                }
            }
            case CONSULT -> consult(row, request, target, round + 1, now, deadlines);
            case EXTEND -> {
                d.dueAt = deadlines.extend(row, request.newDueAt(), now).dueAt();
                d.extended = true;
            }
            // the leader signs the result document, if one was attached, in this action's transaction (decision 0171)
            case SIGN -> results.signResult(row, officer, now);
            default -> { }
        }
        if (d.finishedAt == null && (d.status.isFinal() || d.status == DossierStatus.RESULT_READY)) {
            d.finishedAt = now;
        }
        if (d.status.isFinal()) {
            d.stepDueAt = null;
        }
        return transitions.moved(row, d.build(), action.name(), officer.username(), officer.agencyCode(), comment, now);
    }

    WorkflowDefinition definition(DossierRow row) {
        return workflows.version(row.workflowId(), row.workflowVersion()).orElseThrow(() -> new IllegalStateException(
                "workflow " + row.workflowId() + " v" + row.workflowVersion() + " is no longer loaded"));
    }

    /** Desk work (the receiving party's steps and anything a desk officer does) belongs to the receiving agency. */
    static String actingAgency(DossierRow row, Step step, Transition transition) {
        boolean desk = step.party() == Step.Party.RECEIVING || step.roleFor(transition) == Role.DESK_OFFICER;
        return desk ? row.receivingAgencyCode() : row.competentAgencyCode();
    }

    /** Once the head assigned a handling officer, the specialist's work at the competent agency is theirs alone. */
    static boolean assigneeMayAct(DossierRow row, Step step, Transition transition, Officer officer) {
        return row.assignee() == null || step.roleFor(transition) != Role.SPECIALIST
                || officer.username().equals(row.assignee());
    }

    /** The actions an officer may take now (for buttons and the API). */
    List<WorkflowAction> allowed(DossierRow row, Officer officer) {
        WorkflowDefinition definition = definition(row);
        Step step = definition.requireStep(row.stepId());
        int round = repository.lastRound(row.code());
        boolean asked = repository.branches(row.code(), round).stream()
                .anyMatch(b -> b.agencyCode().equals(officer.agencyCode()) && b.repliedAt() == null);
        List<WorkflowAction> result = new ArrayList<>();
        for (WorkflowAction a : WorkflowEngine.allowed(definition, row.stepId(), officer.roles())) {
            Transition t = step.transition(a).orElseThrow();
            boolean ok = a == WorkflowAction.CONSULTATION_REPLY ? asked
                    : officer.agencyCode().equals(actingAgency(row, step, t)) && assigneeMayAct(row, step, t, officer);
            if (ok) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * Before the desk receives: every mandatory component is present. Online: as an uploaded file. Other channels:
     * declared on the checklist (the officer holds the papers) or scanned afterwards (a paper the applicant brought
     * after a supplement request at the counter, decision 0252).
     */
    private void checkComplete(DossierRow row) {
        List<DossierComponent> components = collaborators.catalog()
                .version(row.procedureCode(), row.procedureVersion()).orElseThrow().components();
        Set<String> present = new LinkedHashSet<>(repository.files(row.code()).stream().map(DossierFile::componentCode).toList());
        if (row.channel() != Channel.ONLINE) {
            present.addAll(row.declaredComponents());
        }
        List<FieldViolation> missing = new ArrayList<>();
        for (DossierComponent c : components) {
            if (c.mandatory() && !present.contains(c.code())) {
                missing.add(new FieldViolation("components." + c.code(), "dossier.component.missing", c.name()));
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.incomplete", missing);
        }
    }

    private String assignee(DossierRow row, String username) {
        if (username == null || username.isBlank()) {
            throw DomainException.invalid(List.of(new FieldViolation("assignee", "dossier.field.required")));
        }
        boolean eligible = collaborators.officers().withRole(row.competentAgencyCode(), Role.SPECIALIST).stream()
                .anyMatch(o -> o.username().equals(username));
        if (!eligible) {
            throw DomainException.invalid(List.of(new FieldViolation("assignee", "dossier.assignee.invalid", username)));
        }
        return username;
    }

    private void consult(DossierRow row, ActionRequest request, Step target, int round, Instant now,
                         DeadlinePolicy deadlines) {
        List<String> agencies = new ArrayList<>(new LinkedHashSet<>(request.consultAgencies()));
        List<FieldViolation> errors = new ArrayList<>();
        if (agencies.isEmpty()) {
            errors.add(new FieldViolation("agencies", "dossier.field.required"));
        }
        for (int i = 0; i < agencies.size(); i++) {
            String code = agencies.get(i);
            boolean known = collaborators.agencies().find(code).filter(Agency::active).isPresent();
            if (!known || code.equals(row.competentAgencyCode())) {
                errors.add(new FieldViolation("agencies[" + i + "]", "dossier.agency.unknown", code));
            }
        }
        if (!errors.isEmpty() || target.consultation() == null) {
            throw DomainException.invalid(errors);
        }
        Instant due = deadlines.stepDue(now, target.consultation().branchBudget(), row.limit());
        for (String agency : agencies) {
            repository.openBranch(row.code(), round, agency, now, due);
        }
    }
}
