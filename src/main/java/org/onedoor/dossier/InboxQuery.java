package org.onedoor.dossier;

/**
 * Filter of an officer's inbox.
 *
 * @param status only this status, or null
 * @param stepId only this workflow step, or null
 * @param mine   only dossiers assigned to the officer
 * @param page   0-based page
 * @param size   rows per page (1..200)
 */
public record InboxQuery(DossierStatus status, String stepId, boolean mine, int page, int size) {

    public InboxQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, false, 0, 20);
    }
}
