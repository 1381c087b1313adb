package org.onedoor.audit;

/**
 * Implemented by the authenticated principal (see identity) so the audit trail can record the actor's agency
 * without depending on the identity module.
 */
public interface AuditActor {

    /** QCVN 102 code of the actor's agency, null for citizens. */
    String agencyCode();
}
