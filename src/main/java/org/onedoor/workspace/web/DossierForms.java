package org.onedoor.workspace.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.TimeLimit;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.HistoryEntry;
import org.onedoor.forms.ApologyExtension;
import org.onedoor.forms.IssuingAgency;
import org.onedoor.forms.OfficialForms;
import org.onedoor.forms.ReceiptSlip;
import org.onedoor.forms.Refusal;
import org.onedoor.forms.StopNotice;
import org.onedoor.forms.SupplementRequest;
import org.onedoor.forms.TrackingSheet;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Maps a dossier the officer may see (plus the catalogue, the agency directory, the officer directory and the
 * working calendar) onto the official form records, and decides which forms apply to it (decision 0250).
 * Official documents are printed in Vietnamese whatever the officer's language.
 */
@Component
class DossierForms {

    static final String RECEIPT = "receipt";
    static final String SUPPLEMENT = "supplement-request";
    static final String REFUSAL = "refusal";
    static final String APOLOGY = "apology";
    static final String STOP = "stop-notice";
    static final String TRACKING = "tracking-sheet";

    private static final Locale VI = OfficialForms.VIETNAMESE;

    private final ObjectProvider<ProcedureCatalog> catalog;
    private final ObjectProvider<Agencies> agencies;
    private final ObjectProvider<Officers> officers;
    private final ObjectProvider<Workflows> workflows;
    private final MessageSource messages;

    DossierForms(ObjectProvider<ProcedureCatalog> catalog, ObjectProvider<Agencies> agencies, ObjectProvider<Officers> officers,
                 ObjectProvider<Workflows> workflows, MessageSource messages) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.officers = officers;
        this.workflows = workflows;
        this.messages = messages;
    }

    /**
     * The forms that apply to the dossier now: the receipt and the tracking sheet once it was received; the
     * supplement request after a REQUEST_SUPPLEMENT; the refusal after REFUSE_AT_INTAKE or REFUSE; the apology after
     * EXTEND; the stop notice once processing stopped after review (status STOPPED).
     */
    static List<String> applicable(DossierDetail d) {
        List<String> forms = new ArrayList<>();
        boolean received = last(d, WorkflowAction.RECEIVE).isPresent();
        if (received) {
            forms.add(RECEIPT);
        }
        if (last(d, WorkflowAction.REQUEST_SUPPLEMENT).isPresent()) {
            forms.add(SUPPLEMENT);
        }
        if (refusal(d).isPresent()) {
            forms.add(REFUSAL);
        }
        if (last(d, WorkflowAction.EXTEND).isPresent()) {
            forms.add(APOLOGY);
        }
        if (stop(d).isPresent()) {
            forms.add(STOP);
        }
        if (received) {
            forms.add(TRACKING);
        }
        return forms;
    }

    /** The PDF of one form, or empty when the form does not apply to the dossier. */
    Optional<byte[]> render(String form, DossierDetail d, OfficialForms pdf) {
        if (!applicable(d).contains(form)) {
            return Optional.empty();
        }
        Procedure procedure = catalog.getObject().version(d.procedureCode(), d.procedureVersion()).orElse(null);
        String procedureName = procedure == null ? d.procedureName() : procedure.name();
        var a = d.applicant();
        Instant now = Instant.now();
        return Optional.of(switch (form) {
            case RECEIPT -> {
                HistoryEntry receive = last(d, WorkflowAction.RECEIVE).orElseThrow();
                yield pdf.receipt(new ReceiptSlip(issuer(d.receivingAgencyCode()), d.code(), procedureName, a.name(),
                        a.address(), a.phone(), a.email(), components(d, procedure),
                        procedure == null ? null : timeLimit(procedure.timeLimit()), d.receivedAt(), d.dueAt(),
                        null, messages.getMessage("workspace.channel." + d.channel().name(), null, VI),
                        officerName(receive.actor())), VI);
            }
            case SUPPLEMENT -> {
                HistoryEntry request = last(d, WorkflowAction.REQUEST_SUPPLEMENT).orElseThrow();
                boolean atIntake = last(d, WorkflowAction.RECEIVE).filter(r -> r.sequence() < request.sequence()).isEmpty();
                yield pdf.supplementRequest(new SupplementRequest(
                        issuer(atIntake ? d.receivingAgencyCode() : d.competentAgencyCode()), d.code(), procedureName,
                        a.name(), a.address(), a.phone(), atIntake ? null : d.receivedAt(), items(request.comment()), null,
                        request.at(), officerName(request.actor())), VI);
            }
            case REFUSAL -> {
                HistoryEntry refusal = refusal(d).orElseThrow();
                boolean atIntake = WorkflowAction.REFUSE_AT_INTAKE.name().equals(refusal.action());
                yield pdf.refusal(new Refusal(issuer(atIntake ? d.receivingAgencyCode() : d.competentAgencyCode()),
                        d.code(), procedureName, a.name(), a.address(), a.phone(), d.receivedAt(),
                        text(refusal.comment()), refusal.at(), officerName(refusal.actor())), VI);
            }
            case APOLOGY -> {
                HistoryEntry extend = last(d, WorkflowAction.EXTEND).orElseThrow();
                Instant newDue = extend.dueAt() != null ? extend.dueAt() : d.dueAt();
                Instant oldDue = d.history().stream().filter(h -> h.sequence() < extend.sequence() && h.dueAt() != null)
                        .reduce((x, y) -> y).map(HistoryEntry::dueAt).orElse(d.dueAt());
                yield pdf.apologyExtension(new ApologyExtension(issuer(d.competentAgencyCode()), d.code(), procedureName,
                        a.name(), a.address(), d.receivedAt(), oldDue, newDue, text(extend.comment()), extend.at(),
                        officerName(extend.actor())), VI);
            }
            case STOP -> {
                HistoryEntry stop = stop(d).orElseThrow();
                yield pdf.stopNotice(new StopNotice(issuer(d.competentAgencyCode()), d.code(), procedureName, a.name(),
                        a.address(), d.receivedAt(), text(stop.comment()), procedure == null ? null : procedure.legalBasis(),
                        stop.at(), officerName(stop.actor())), VI);
            }
            case TRACKING -> pdf.trackingSheet(new TrackingSheet(issuer(d.receivingAgencyCode()), d.code(), procedureName,
                    a.name(), d.receivedAt(), d.dueAt(), trackingRows(d), now), VI);
            default -> throw new IllegalArgumentException(form);
        });
    }

    /**
     * One row per hand-over: the work done at each step, by whom, between the hand-over and the next transition,
     * against the step's due time; the form classifies each row early / on time / late by the same rule as
     * {@code WorkingCalendar.classify} (decision 0250); the step in progress last.
     */
    List<TrackingSheet.Row> trackingRows(DossierDetail d) {
        List<TrackingSheet.Row> rows = new ArrayList<>();
        List<HistoryEntry> history = d.history();
        WorkflowDefinition workflow = workflows.getObject().latest(d.workflowId()).orElse(null);
        for (int i = 1; i < history.size(); i++) {
            HistoryEntry before = history.get(i - 1);
            HistoryEntry done = history.get(i);
            String note = messages.getMessage("workspace.action." + done.action(), null, done.action(), VI);
            rows.add(new TrackingSheet.Row(stepName(workflow, before.stepId()), actorName(d, before.actor()),
                    actorName(d, done.actor()), before.at(), before.stepDueAt(), done.at(), note));
        }
        if (!d.status().isFinal() && !history.isEmpty()) {
            HistoryEntry last = history.get(history.size() - 1);
            rows.add(new TrackingSheet.Row(stepName(workflow, d.stepId()), actorName(d, last.actor()),
                    d.assignee() == null ? "" : officerName(d.assignee()), last.at(), d.stepDueAt(), null, null));
        }
        return rows;
    }

    IssuingAgency issuer(String agencyCode) {
        Agencies directory = agencies.getObject();
        Optional<Agency> agency = directory.find(agencyCode);
        if (agency.isEmpty()) {
            return IssuingAgency.of(agencyCode);
        }
        String parent = agency.get().parentCode() == null ? null
                : directory.find(agency.get().parentCode()).map(p -> p.name().toUpperCase(VI)).orElse(null);
        return new IssuingAgency(parent, agency.get().name(), null);
    }

    String officerName(String username) {
        if (username == null) {
            return null;
        }
        return officers.getObject().find(username).map(Officer::fullName).orElse(username);
    }

    String timeLimit(TimeLimit limit) {
        return messages.getMessage("workspace.form.timeLimit." + limit.unit().name(), new Object[] {limit.amount()}, VI);
    }

    private String actorName(DossierDetail d, String actor) {
        return "citizen".equals(actor) ? d.applicant().name() : officerName(actor);
    }

    private static String stepName(WorkflowDefinition workflow, String stepId) {
        return workflow == null ? stepId : workflow.step(stepId).map(Step::name).orElse(stepId);
    }

    /** The papers received: those declared or scanned, with originals and copies from the catalogue. */
    private static List<ReceiptSlip.Component> components(DossierDetail d, Procedure procedure) {
        if (procedure == null) {
            return List.of();
        }
        Set<String> present = new LinkedHashSet<>(d.declaredComponents());
        d.files().stream().map(DossierFile::componentCode).forEach(present::add);
        List<ReceiptSlip.Component> result = new ArrayList<>();
        for (DossierComponent c : procedure.components()) {
            if (present.contains(c.code())) {
                result.add(new ReceiptSlip.Component(c.name(), c.originals(), c.copies()));
            }
        }
        return result;
    }

    /** The supplement request's list: one item per line or per "; " of the comment. */
    static List<String> items(String comment) {
        List<String> items = new ArrayList<>();
        for (String item : text(comment).split("\\R|;\\s")) {
            if (!item.isBlank()) {
                items.add(item.strip().replaceFirst("^[-•]\\s*", ""));
            }
        }
        return items.isEmpty() ? List.of(text(comment)) : items;
    }

    private static String text(String comment) {
        return comment == null || comment.isBlank() ? "-" : comment.strip();
    }

    private static Optional<HistoryEntry> last(DossierDetail d, WorkflowAction action) {
        return d.history().stream().filter(h -> action.name().equals(h.action())).reduce((x, y) -> y);
    }

    private static Optional<HistoryEntry> refusal(DossierDetail d) {
        return d.history().stream().filter(h -> WorkflowAction.REFUSE_AT_INTAKE.name().equals(h.action())
                || WorkflowAction.REFUSE.name().equals(h.action())).reduce((x, y) -> y);
    }

    private static Optional<HistoryEntry> stop(DossierDetail d) {
        return d.history().stream().filter(h -> h.to() == DossierStatus.STOPPED).reduce((x, y) -> y);
    }
}
