package org.onedoor.queue.internal;

import java.util.List;
import java.util.Optional;

import org.onedoor.queue.Ticket;
import org.springframework.stereotype.Component;

/** What the module's own pages need beyond the public API (appointments' late flag, ratings' tickets). */
@Component
public class VisitLookups {

    private final AppointmentService appointments;
    private final RatingService ratings;
    private final VisitSettings settings;

    VisitLookups(AppointmentService appointments, RatingService ratings, VisitSettings settings) {
        this.appointments = appointments;
        this.ratings = ratings;
        this.settings = settings;
    }

    /** The centre's check-in window: minutes early, minutes late. */
    public List<Integer> checkInWindow(String centre) {
        VisitSettings.Centre c = settings.centre(centre);
        return List.of(c.earlyMinutes(), c.lateMinutes());
    }

    /** Whether the appointment was checked in after its window (served as a walk-in). */
    public boolean checkedInLate(String code) {
        return appointments.late(code);
    }

    /** An appointment code as typed, scanned or inside its link. */
    public String appointmentCode(String input) {
        return AppointmentService.normalise(input);
    }

    public boolean rated(long ticketId) {
        return ratings.rated(ticketId);
    }

    public Optional<Ticket> lastAtCounter(String centre, String counter) {
        return ratings.lastAtCounter(centre, counter);
    }

    public Optional<Ticket> todaysTicket(String centre, String code) {
        return ratings.byCode(centre, code);
    }
}
