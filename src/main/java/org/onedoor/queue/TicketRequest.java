package org.onedoor.queue;

import java.time.Instant;

/**
 * A ticket to issue.
 *
 * @param priorityGroup   null for a normal ticket
 * @param channel         where it was taken
 * @param queueAt         its place in the line; null = now. An appointment checked in within its window passes its
 *                        booked time (it joins in order of booked time)
 * @param appointmentCode the appointment checked in, null otherwise
 */
public record TicketRequest(String centre, long lineId, PriorityGroup priorityGroup, TicketChannel channel,
                            Instant queueAt, String appointmentCode) {

    public TicketRequest {
        channel = channel == null ? TicketChannel.KIOSK : channel;
    }
}
