package org.onedoor.queue;

/** Citizens' ratings of their visit (kiosk or counter tablet), feeding the quality indicators ({@link ServiceRated}). */
public interface Ratings {

    /**
     * Rates a finished (or serving) visit once.
     *
     * @param rating SATISFIED, ACCEPTABLE or NOT_SATISFIED
     * @param reason optional
     * @throws org.onedoor.common.DomainException INVALID for a bad rating, CONFLICT when already rated or the ticket
     *                                            was not served
     */
    ServiceRated rate(String centre, long ticketId, String rating, String reason);
}
