package org.onedoor.queue;

/** Where a ticket is in its visit. */
public enum TicketStatus { WAITING, CALLED, SERVING, DONE, NO_SHOW }
