package org.onedoor.audit;

/**
 * Records who did or saw what. Joins the caller's transaction: a change and its audit row commit together.
 * The actor is taken from the security context ("anonymous" for the public, "system" for jobs).
 */
public interface AuditTrail {

    /**
     * @param action      what happened, e.g. {@code dossier.submit}, {@code dossier.read}, {@code population.lookup}
     * @param subjectType kind of object, e.g. {@code dossier}
     * @param subjectId   its business identifier, e.g. the dossier code
     * @param detail      short free text (never secrets)
     */
    void record(String action, String subjectType, String subjectId, String detail);

    /**
     * Records an event for an explicitly named actor, for moments when the security context does not (yet) hold
     * them, e.g. a failed login ({@code actor} = the user name tried). The default keeps simple fakes (lambdas)
     * working; the real trail stores the actor in its own column.
     */
    default void recordAs(String actor, String actorAgency, String action, String subjectType, String subjectId, String detail) {
        record(action, subjectType, subjectId, (detail == null ? "" : detail + " ") + "[actor " + actor + "]");
    }

    /**
     * Records a READ (never a change) without joining a transaction: the row is queued and written with others
     * in one batch a fraction of a second later, so that high-volume public look-ups do not each pay a durable
     * commit. A crash may lose the reads of that last fraction of a second; changes always use {@link #record}.
     * Reads by the anonymous public (no signed-in user during a web request) go to the public read log, sealed in
     * blocks (decision 0260); the others to the main trail. The default writes at once.
     */
    default void recordRead(String action, String subjectType, String subjectId, String detail) {
        record(action, subjectType, subjectId, detail);
    }
}
