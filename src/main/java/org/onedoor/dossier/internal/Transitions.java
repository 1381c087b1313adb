package org.onedoor.dossier.internal;

import java.time.Instant;

import org.onedoor.common.DomainException;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;
import org.onedoor.dossier.HistoryEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one transition: the dossier row (optimistic lock on its version), the history row and the
 * {@link DossierStatusChanged} event, plus the audit record, all in the caller's transaction.
 */
@Component
class Transitions {

    private final DossierRepository repository;
    private final ApplicationEventPublisher events;
    private final Collaborators collaborators;

    Transitions(DossierRepository repository, ApplicationEventPublisher events, Collaborators collaborators) {
        this.repository = repository;
        this.events = events;
        this.collaborators = collaborators;
    }

    /** The first transition: inserts the dossier with history row 1. */
    @Transactional(propagation = Propagation.MANDATORY)
    DossierRow submitted(DossierRow draft, String actor, String actorAgency, Instant at) {
        DossierRow row = withHistoryCount(draft, 1);
        repository.insert(row);
        record(row, null, null, "SUBMIT", actor, actorAgency, null, at);
        return row;
    }

    /** A later transition from {@code before} to {@code after}; CONFLICT when someone else changed it first. */
    @Transactional(propagation = Propagation.MANDATORY)
    DossierRow moved(DossierRow before, DossierRow after, String action, String actor, String actorAgency,
                     String comment, Instant at) {
        DossierRow row = withHistoryCount(after, before.historyCount() + 1);
        if (!repository.update(row, before.version())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "dossier.conflict", before.code());
        }
        row = withVersion(row, before.version() + 1);
        record(row, before.status(), before.stepId(), action, actor, actorAgency, comment, at);
        return row;
    }

    private void record(DossierRow row, DossierStatus from, String fromStep, String action, String actor,
                        String actorAgency, String comment, Instant at) {
        HistoryEntry entry = new HistoryEntry(row.historyCount(), at, actor, action, comment, from, row.status(),
                row.stepId(), row.stepDueAt(), row.dueAt());
        repository.insertHistory(row.code(), entry, fromStep, row.dueAt());
        events.publishEvent(new DossierStatusChanged(row.historyCount(), from, action, actor, comment, at,
                row.snapshot()));
        collaborators.auditAs(actor, actorAgency, "dossier." + action.toLowerCase(java.util.Locale.ROOT), row.code(),
                (from == null ? "" : from + " → ") + row.status() + " @" + row.stepId());
    }

    private static DossierRow withHistoryCount(DossierRow r, int n) {
        DossierRow.Draft d = r.draft();
        d.historyCount = n;
        return d.build();
    }

    private static DossierRow withVersion(DossierRow r, int version) {
        DossierRow.Draft d = r.draft();
        d.version = version;
        return d.build();
    }
}
