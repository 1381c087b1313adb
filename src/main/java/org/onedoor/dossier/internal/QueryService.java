package org.onedoor.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.InboxPage;
import org.onedoor.dossier.InboxQuery;
import org.onedoor.dossier.InboxRow;
import org.onedoor.dossier.PublicTracking;
import org.onedoor.identity.Officer;
import org.onedoor.workflow.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officer views (authorised, audited), inboxes and public tracking. */
@Service
class QueryService implements DossierQueries {

    private final DossierRepository repository;
    private final ActionService actions;
    private final Collaborators collaborators;

    QueryService(DossierRepository repository, ActionService actions, Collaborators collaborators) {
        this.repository = repository;
        this.actions = actions;
        this.collaborators = collaborators;
    }

    @Override
    @Transactional
    public Optional<DossierDetail> find(String code) {
        Optional<Officer> officer = collaborators.currentOfficer();
        if (officer.isEmpty()) {
            return Optional.empty();
        }
        return find(code, officer.get());
    }

    @Transactional
    Optional<DossierDetail> find(String code, Officer officer) {
        Optional<DossierRow> found = repository.find(code);
        if (found.isEmpty() || !Access.sees(officer, found.get(), repository.consulted(code, officer.agencyCode()))) {
            return Optional.empty();
        }
        DossierRow d = found.get();
        collaborators.audit("dossier.read", code, "detail");
        Step step = actions.definition(d).requireStep(d.stepId());
        return Optional.of(new DossierDetail(d.code(), d.version(), d.procedureCode(), d.procedureVersion(),
                d.procedureName(), d.workflowId(), d.channel(), d.receivingAgencyCode(), d.competentAgencyCode(),
                d.status(), d.stepId(), step.name(), step.nameEn(), d.applicant(), d.assignee(),
                d.receivedAt() != null ? d.receivedAt() : d.submittedAt(), d.dueAt(), d.stepDueAt(), d.finishedAt(),
                d.supplementCount(), d.extended(), d.declaredComponents(), repository.files(code),
                repository.history(code), repository.branches(code, 0), actions.allowed(d, officer)));
    }

    @Override
    @Transactional(readOnly = true)
    public InboxPage inbox(Officer officer, InboxQuery query) {
        long[] total = new long[1];
        List<InboxRow> rows = repository.inbox(officer.agencyCode(), officer.username(), query, total);
        return new InboxPage(rows, query.page(), query.size(), total[0]);
    }

    @Override
    @Transactional
    public List<DossierSnapshot> register(LocalDate from, LocalDate to) {
        Optional<Officer> officer = collaborators.currentOfficer();
        if (officer.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        String agency = officer.get().agencyCode();
        List<DossierSnapshot> rows = repository.received(agency,
                from.atStartOfDay(VietnamTime.ZONE).toInstant(), to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant())
                .stream().map(DossierRow::snapshot).toList();
        collaborators.audit("dossier.read", agency, "register " + from + ".." + to + " (" + rows.size() + ")");
        return rows;
    }

    /**
     * One statement, no transaction: the dossier and its timeline come from one snapshot, in one round trip (this is
     * the busiest read of the system; see decision 0009).
     */
    @Override
    public Optional<PublicTracking> trackPublic(String code, String idNumberOrPhone) {
        if (code == null || idNumberOrPhone == null || idNumberOrPhone.isBlank()) {
            return Optional.empty();
        }
        Optional<DossierRepository.PublicRow> found = repository.publicView(code.strip());
        if (found.isEmpty() || !matches(found.get().applicant(), idNumberOrPhone.strip())) {
            return Optional.empty();
        }
        collaborators.auditRead("dossier.track", found.get().tracking().code(), "public tracking");
        return Optional.of(found.get().tracking());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicTracking> ofApplicant(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return List.of();
        }
        List<PublicTracking> mine = repository.ofApplicant(idNumber.strip(), 100).stream().map(this::publicView).toList();
        mine.forEach(t -> collaborators.auditRead("dossier.read.own", t.code(), "citizen account"));
        return mine;
    }

    private PublicTracking publicView(DossierRow d) {
        List<PublicTracking.Event> timeline = repository.history(d.code()).stream()
                .map(h -> new PublicTracking.Event(h.at(), h.action(), h.to())).toList();
        return new PublicTracking(d.code(), d.procedureCode(), d.procedureName(), d.applicant().name(),
                d.status(), d.receivedAt() != null ? d.receivedAt() : d.submittedAt(), d.dueAt(), d.finishedAt(),
                timeline);
    }

    /** The secret is the ID number, the business code or the phone (0xxx and +84xxx are the same number). */
    static boolean matches(org.onedoor.dossier.Applicant applicant, String secret) {
        String s = ApplicantValidator.normalisePhone(secret);
        if (s.equals(applicant.idNumber()) || ApplicantValidator.normaliseBusinessCode(secret)
                .equals(applicant.businessCode())) {
            return true;
        }
        String phone = applicant.phone();
        return phone != null && s.length() >= 9 && national(phone).equals(national(s));
    }

    private static String national(String phone) {
        return phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
    }
}
