package org.onedoor.dossier.internal;

import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.signing.DocumentSigner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The other modules' APIs the dossier module calls, resolved lazily: the modules are built in parallel, and the
 * application must start (and the dossier module's own tests must run) while one of them has no implementation
 * yet. Calls fail loudly when a needed module is missing; the audit trail is skipped until it lands.
 */
@Component
class Collaborators {

    private final Lazy<Agencies> agencies;
    private final Lazy<ProcedureCatalog> catalog;
    private final Lazy<WorkingCalendar> calendar;
    private final Lazy<Officers> officers;
    private final Lazy<AuditTrail> audit;
    private final Lazy<DocumentSigner> signer;

    Collaborators(ObjectProvider<Agencies> agencies, ObjectProvider<ProcedureCatalog> catalog,
                  ObjectProvider<WorkingCalendar> calendar, ObjectProvider<Officers> officers,
                  ObjectProvider<AuditTrail> audit, ObjectProvider<DocumentSigner> signer) {
        this.agencies = new Lazy<>(agencies);
        this.catalog = new Lazy<>(catalog);
        this.calendar = new Lazy<>(calendar);
        this.officers = new Lazy<>(officers);
        this.audit = new Lazy<>(audit);
        this.signer = new Lazy<>(signer);
    }

    Agencies agencies() {
        return agencies.get();
    }

    ProcedureCatalog catalog() {
        return catalog.get();
    }

    WorkingCalendar calendar() {
        return calendar.get();
    }

    Officers officers() {
        return officers.get();
    }

    Optional<Officer> currentOfficer() {
        Officers o = officers.getIfAvailable();
        return o == null ? Optional.empty() : o.current();
    }

    /** The signing module, when the application has it (it signs result documents in the SIGN action). */
    Optional<DocumentSigner> signer() {
        return Optional.ofNullable(signer.getIfAvailable());
    }

    /** The signed-in officer; 403 for anyone else (citizens, anonymous callers). */
    Officer requireOfficer() {
        return currentOfficer().orElseThrow(() -> new org.onedoor.common.DomainException(
                org.onedoor.common.DomainException.Kind.FORBIDDEN, "dossier.officerRequired"));
    }

    private AuditTrail trail() {
        return audit.getIfAvailable();
    }

    void audit(String action, String code, String detail) {
        AuditTrail trail = trail();
        if (trail != null) {
            trail.record(action, "dossier", code, detail);
        }
    }

    /** A high-volume read (public tracking): written in a batch shortly after, outside the caller's transaction. */
    void auditRead(String action, String code, String detail) {
        AuditTrail trail = trail();
        if (trail != null) {
            trail.recordRead(action, "dossier", code, detail);
        }
    }

    /** Audit with the actor named explicitly (transitions may run outside a request, e.g. the demo generator). */
    void auditAs(String actor, String actorAgency, String action, String code, String detail) {
        AuditTrail trail = trail();
        if (trail != null) {
            trail.recordAs(actor, actorAgency, action, "dossier", code, detail);
        }
    }

    /**
     * A collaborator resolved on first use and then kept: resolving through the bean factory on every call cost
     * several per cent of a request's CPU in the benchmarks (the look-up walks the factory's candidates each time).
     */
    private static final class Lazy<T> {

        private final ObjectProvider<T> provider;
        private volatile T bean;

        Lazy(ObjectProvider<T> provider) {
            this.provider = provider;
        }

        T get() {
            T b = bean;
            if (b == null) {
                b = bean = provider.getObject();
            }
            return b;
        }

        T getIfAvailable() {
            T b = bean;
            if (b == null) {
                b = bean = provider.getIfAvailable();
            }
            return b;
        }
    }
}
