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
import org.springframework.util.function.SingletonSupplier;

/**
 * The other modules' APIs the dossier module calls, resolved lazily: the modules are built in parallel, and the
 * application must start (and the dossier module's own tests must run) while one of them has no implementation
 * yet. Calls fail loudly when a needed module is missing; the audit trail is skipped until it lands.
 */
@Component
class Collaborators {

    // resolved on first use and then kept (SingletonSupplier retries while the bean is absent): resolving through
    // the bean factory on every call cost several per cent of a request's CPU in the benchmarks
    private final SingletonSupplier<Agencies> agencies;
    private final SingletonSupplier<ProcedureCatalog> catalog;
    private final SingletonSupplier<WorkingCalendar> calendar;
    private final SingletonSupplier<Officers> officers;
    private final SingletonSupplier<AuditTrail> audit;
    private final SingletonSupplier<DocumentSigner> signer;

    Collaborators(ObjectProvider<Agencies> agencies, ObjectProvider<ProcedureCatalog> catalog,
                  ObjectProvider<WorkingCalendar> calendar, ObjectProvider<Officers> officers,
                  ObjectProvider<AuditTrail> audit, ObjectProvider<DocumentSigner> signer) {
        this.agencies = SingletonSupplier.of(agencies::getIfAvailable);
        this.catalog = SingletonSupplier.of(catalog::getIfAvailable);
        this.calendar = SingletonSupplier.of(calendar::getIfAvailable);
        this.officers = SingletonSupplier.of(officers::getIfAvailable);
        this.audit = SingletonSupplier.of(audit::getIfAvailable);
        this.signer = SingletonSupplier.of(signer::getIfAvailable);
    }

    Agencies agencies() {
        return agencies.obtain();
    }

    ProcedureCatalog catalog() {
        return catalog.obtain();
    }

    WorkingCalendar calendar() {
        return calendar.obtain();
    }

    Officers officers() {
        return officers.obtain();
    }

    Optional<Officer> currentOfficer() {
        Officers o = officers.get();
        return o == null ? Optional.empty() : o.current();
    }

    /** The signing module, when the application has it (it signs result documents in the SIGN action). */
    Optional<DocumentSigner> signer() {
        return Optional.ofNullable(signer.get());
    }

    /** The signed-in officer; 403 for anyone else (citizens, anonymous callers). */
    Officer requireOfficer() {
        return currentOfficer().orElseThrow(() -> new org.onedoor.common.DomainException(
                org.onedoor.common.DomainException.Kind.FORBIDDEN, "dossier.officerRequired"));
    }

    private AuditTrail trail() {
        return audit.get();
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
}
