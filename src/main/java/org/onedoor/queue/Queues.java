package org.onedoor.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Tickets and calls at a service centre. */
public interface Queues {

    /** The centre's lines, by prefix. */
    List<QueueLine> lines(String centre);

    /** The centre's active counters with their work profiles, by code (natural order: 2 before 10). */
    List<ServiceCounter> counters(String centre);

    /** The line of the centre that serves a catalogue procedure (procedure kiosk, appointments), if one does. */
    Optional<QueueLine> lineFor(String centre, String procedureCode);

    /** The catalogue procedure codes a line of the centre serves, sorted. */
    List<String> procedures(String centre, long lineId);

    /**
     * Issues the next ticket of a line's daily series from the kiosk and stores its ISSUED event.
     *
     * @param priorityGroup null for a normal ticket
     * @throws org.onedoor.common.DomainException NOT_FOUND when the line is not one of the centre's
     */
    default Ticket issue(String centre, long lineId, PriorityGroup priorityGroup) {
        return issue(new TicketRequest(centre, lineId, priorityGroup, TicketChannel.KIOSK, null, null));
    }

    /**
     * Issues a ticket from any entry point and stores its ISSUED event.
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND when the line is not one of the centre's, CONFLICT
     *                                            ({@code queue.error.closed}) outside the centre's opening hours
     */
    Ticket issue(TicketRequest request);

    /** A ticket of the centre. */
    Optional<Ticket> ticket(String centre, long ticketId);

    /**
     * Calls the next waiting ticket of the given lines to a counter and stores its CALLED event. Concurrent callers
     * never get the same ticket. Priority groups are interleaved by the rule of decision 0400. Tickets transferred
     * to this counter come first.
     *
     * @return empty when no ticket of these lines waits
     */
    Optional<Ticket> callNext(String centre, String counter, String officer, List<Long> lineIds);

    /** Calls the next ticket by the counter's work profile (its conditions first, then its steps in order). */
    Optional<Ticket> callNext(String centre, String counter, String officer);

    /**
     * Acts on a ticket at a counter and stores the event (RECALLED, SERVING, DONE, NO_SHOW, PARKED, RESUMED).
     *
     * @throws org.onedoor.common.DomainException NOT_FOUND when the ticket is not the centre's, CONFLICT when the
     *                                            ticket is not in a state that allows the action
     */
    Ticket act(String centre, long ticketId, TicketAction action, String officer);

    /**
     * Sends a called or serving ticket to another line (it waits there in its original place by {@code queueAt}) or
     * to a specific counter (it is called there before that counter's other tickets); stores TRANSFERRED.
     *
     * @param toLineId  the target line, or null to keep the line
     * @param toCounter the target counter, or null for any counter of the line
     */
    Ticket transfer(String centre, long ticketId, Long toLineId, String toCounter, String officer);

    /** Opens a visit for a citizen who came to the counter without a ticket: a WALK_IN ticket already SERVING. */
    Ticket serveWalkIn(String centre, String counter, long lineId, String officer);

    /** Links the visit to the dossier the counter received for it (idempotent for the same dossier). */
    Ticket linkDossier(String centre, long ticketId, String dossierCode, String officer);

    /** The tickets a counter parked, oldest first. */
    List<Ticket> parked(String centre, String counter);

    /** The centre's figures for a day (Vietnam time), computed from the ticket events. */
    FloorStatistics statistics(String centre, java.time.LocalDate day);

    /**
     * The centre's figures for the tickets of the days {@code from} to {@code to} (inclusive); the result's
     * {@code day} is {@code from} and its hours add up the same hour of every day.
     */
    FloorStatistics statistics(String centre, java.time.LocalDate from, java.time.LocalDate to);

    /** Waiting tickets of the ticket's line and day placed before it (by {@code queueAt}). */
    int ahead(Ticket ticket);

    /** Waiting tickets of a line today (tickets left waiting on an earlier day are not called any more). */
    int waiting(String centre, long lineId);

    /**
     * Estimated wait for a ticket with {@code ahead} tickets before it in a line (DOMAIN.md §13): ahead × average
     * service time of the line today (or a default) ÷ the counters open for the line.
     */
    Duration estimatedWait(String centre, long lineId, int ahead);

    /** The latest calls of the centre today, newest first (one per counter). */
    List<Ticket> currentCalls(String centre);

    /** The latest calls of the centre today, newest first, at most {@code limit} (the board's history). */
    List<Ticket> recentCalls(String centre, int limit);
}
