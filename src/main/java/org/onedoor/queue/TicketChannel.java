package org.onedoor.queue;

/** Where a ticket was taken. */
public enum TicketChannel {
    /** the ticket kiosk in the waiting room */
    KIOSK,
    /** the web page or the QR poster (mobile ticket followed on the phone) */
    WEB,
    /** an officer at reception issued it */
    RECEPTION,
    /** an appointment booked in advance, checked in at the centre */
    APPOINTMENT,
    /** a citizen served at a counter without a ticket (the counter opened the visit) */
    WALK_IN
}
