package org.onedoor.queue;

/**
 * What the counter does with a called ticket.
 * <ul>
 * <li>{@code RECALL}: call the same ticket again (the board and the announcement repeat it); the last call counts
 *     for the waiting time;</li>
 * <li>{@code START}: the citizen arrived at the counter, service begins;</li>
 * <li>{@code DONE}: service finished;</li>
 * <li>{@code NO_SHOW}: nobody came after the calls;</li>
 * <li>{@code PARK}: set a called or serving ticket aside (the citizen fetches a paper); {@code RESUME} calls a
 *     parked ticket back to the counter that parked it.</li>
 * </ul>
 * Transfers take a target and have their own method ({@link Queues#transfer}).
 */
public enum TicketAction { RECALL, START, DONE, NO_SHOW, PARK, RESUME }
