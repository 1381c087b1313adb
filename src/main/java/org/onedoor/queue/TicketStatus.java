package org.onedoor.queue;

/**
 * Where a ticket is in its visit. {@code PARKED}: taken off the counter for a while (the citizen fetches a missing
 * paper); the counter that parked it resumes it later with a call. A transferred ticket is {@code WAITING} again in
 * its new line or for its new counter.
 */
public enum TicketStatus { WAITING, CALLED, SERVING, PARKED, DONE, NO_SHOW }
