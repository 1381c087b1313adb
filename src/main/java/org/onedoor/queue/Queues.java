package org.onedoor.queue;

import java.util.List;
import java.util.Optional;

/** Tickets and calls at a service centre. */
public interface Queues {

    /** The centre's lines, by prefix. */
    List<QueueLine> lines(String centre);

    /**
     * Issues the next ticket of a line's daily series and stores its ISSUED event.
     *
     * @param priorityGroup null for a normal ticket
     * @throws org.onedoor.common.DomainException NOT_FOUND when the line is not one of the centre's
     */
    Ticket issue(String centre, long lineId, PriorityGroup priorityGroup);

    /**
     * Calls the next waiting ticket of the given lines to a counter and stores its CALLED event. Concurrent callers
     * never get the same ticket. Priority groups are interleaved by the rule of decision 0400.
     *
     * @return empty when no ticket of these lines waits
     */
    Optional<Ticket> callNext(String centre, String counter, String officer, List<Long> lineIds);

    /**
     * Acts on a ticket called to a counter and stores the event (RECALLED, SERVING, DONE, NO_SHOW). RECALL keeps
     * the ticket called and moves its call time (the last call counts); START needs a called ticket; DONE a called
     * or serving one; NO_SHOW a called one.
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND when the ticket is not the centre's, CONFLICT when the
     *                                            ticket is not in a state that allows the action
     */
    Ticket act(String centre, long ticketId, TicketAction action, String officer);

    /** The centre's figures for a day (Vietnam time), computed from the ticket events. */
    FloorStatistics statistics(String centre, java.time.LocalDate day);

    /** Waiting tickets of the line issued before this one. */
    int ahead(Ticket ticket);

    /** Waiting tickets of a line. */
    int waiting(String centre, long lineId);

    /** The latest calls of the centre today, newest first (one per counter). */
    List<Ticket> currentCalls(String centre);
}
