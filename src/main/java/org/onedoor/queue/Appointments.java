package org.onedoor.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Appointments booked in advance (online), with slots from the working calendar, checked in at the centre.
 * On check-in within the window (from {@code early} before to {@code late} after the booked time) the ticket
 * joins the line in order of booked time; a later arrival falls back to an ordinary walk-in ticket.
 */
public interface Appointments {

    /** The days that can be booked at the centre: today when a working day and the next working days (the horizon). */
    List<LocalDate> days(String centre);

    /** Free and taken slots of a line on a day (none on non-working days, outside opening hours, beyond the booking
     * horizon; slots already begun are left out). */
    List<Slot> slots(String centre, long lineId, LocalDate day);

    /**
     * Books a slot.
     *
     * @throws org.onedoor.common.DomainException INVALID with field errors (name, phone, slot …), CONFLICT when the
     *                                            slot is full
     */
    Appointment book(BookingRequest request);

    /** An appointment by its code (the citizen's reference), with the secret it was given. */
    Optional<Appointment> find(String code, String secret);

    /** Cancels a booked appointment (frees its place). */
    Appointment cancel(String code, String secret);

    /**
     * Checks in an appointment at the centre: issues its ticket (in booked-time order within the window, as a walk-in
     * when late). Idempotent: checking in twice returns the same ticket.
     */
    Ticket checkIn(String centre, String code);

    /**
     * @param start    the booked time (Vietnam time)
     * @param capacity places in the slot
     * @param booked   places taken
     */
    record Slot(java.time.LocalDateTime start, int capacity, int booked) {
    }

    record BookingRequest(String centre, long lineId, java.time.LocalDateTime start, String name, String phone,
                          String email, String procedureCode, String locale) {
    }

    /** @param status BOOKED, CHECKED_IN, CANCELLED or MISSED */
    record Appointment(String code, String secret, String centre, long lineId, java.time.LocalDateTime start,
                       String name, String phone, String email, String status, Long ticketId) {
    }
}
