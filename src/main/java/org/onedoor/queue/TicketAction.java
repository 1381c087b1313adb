package org.onedoor.queue;

/**
 * What the counter does with a called ticket.
 * <ul>
 * <li>{@code RECALL}: call the same ticket again (the board and the announcement repeat it); the last call counts
 *     for the waiting time;</li>
 * <li>{@code START}: the citizen arrived at the counter, service begins;</li>
 * <li>{@code DONE}: service finished;</li>
 * <li>{@code NO_SHOW}: nobody came after the calls.</li>
 * </ul>
 */
public enum TicketAction { RECALL, START, DONE, NO_SHOW }
