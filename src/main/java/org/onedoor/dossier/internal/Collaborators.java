package org.onedoor.dossier.internal;

import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The other modules' APIs the dossier module calls, resolved lazily: the modules are built in parallel, and the
 * application must start (and the dossier module's own tests must run) while one of them has no implementation
 * yet. Calls fail loudly when a needed module is missing; the audit trail is skipped until it lands.
 */
@Component
class Collaborators {

    private final ObjectProvider<Agencies> agencies;
    private final ObjectProvider<ProcedureCatalog> catalog;
    private final ObjectProvider<WorkingCalendar> calendar;
    private final ObjectProvider<Officers> officers;
    private final ObjectProvider<AuditTrail> audit;
    // resolved once: ObjectProvider.getIfAvailable walks the bean factory on every call (measured: ~4 % of a
    // public look-up's CPU)
    private volatile AuditTrail auditTrail;
    private volatile Officers officersBean;

    Collaborators(ObjectProvider<Agencies> agencies, ObjectProvider<ProcedureCatalog> catalog,
                  ObjectProvider<WorkingCalendar> calendar, ObjectProvider<Officers> officers,
                  ObjectProvider<AuditTrail> audit) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.calendar = calendar;
        this.officers = officers;
        this.audit = audit;
    }

    Agencies agencies() {
        return agencies.getObject();
    }

    ProcedureCatalog catalog() {
        return catalog.getObject();
    }

    WorkingCalendar calendar() {
        return calendar.getObject();
    }

    Officers officers() {
        return officers.getObject();
    }

    Optional<Officer> currentOfficer() {
        Officers o = officersBean;
        if (o == null) {
            o = officersBean = officers.getIfAvailable();
        }
        return o == null ? Optional.empty() : o.current();
    }

    private AuditTrail trail() {
        AuditTrail t = auditTrail;
        if (t == null) {
            t = auditTrail = audit.getIfAvailable();
        }
        return t;
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
