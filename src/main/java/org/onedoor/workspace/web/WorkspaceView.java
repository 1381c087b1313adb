package org.onedoor.workspace.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.calendar.DossierDeadline;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers for the workspace templates ({@code ${@workspaceView.dueClass(row.dueAt, row.status)}}).
 * Due-date colours: late once the due time has passed; soon within 24 hours (an approximation of "one working
 * day left", decision 0224); ok otherwise; none for dossiers that are finished or waiting for the applicant.
 */
@Component("workspaceView")
public class WorkspaceView {

    static final Duration SOON = Duration.ofHours(24);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    private final Clock clock;
    private final ObjectProvider<Agencies> agencies;
    private final ObjectProvider<WorkingCalendar> calendar;

    WorkspaceView(Optional<Clock> clock, ObjectProvider<Agencies> agencies, ObjectProvider<WorkingCalendar> calendar) {
        this.clock = clock.orElse(Clock.systemUTC());
        this.agencies = agencies;
        this.calendar = calendar;
    }

    /**
     * Until when a supplement may be requested for a dossier received at {@code receivedAt}: three working days
     * (DOMAIN.md §2); null before receipt.
     */
    public Instant supplementWindowEnd(Instant receivedAt, DossierStatus status) {
        return receivedAt == null || status == DossierStatus.NEW ? null
                : DossierDeadline.supplementRequestWindowEndsAt(calendar.getObject(), receivedAt);
    }

    /** Whether a supplement requested now would be out of time (the dossier then counts as late). */
    public boolean supplementLate(Instant receivedAt, DossierStatus status) {
        Instant end = supplementWindowEnd(receivedAt, status);
        return end != null && clock.instant().isAfter(end);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A value for a {@code datetime-local} input. */
    public String input(java.time.LocalDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public String dueClass(Instant dueAt, DossierStatus status) {
        if (dueAt == null || status == null || status.isFinal() || status == DossierStatus.RESULT_READY
                || status == DossierStatus.SUPPLEMENT_REQUESTED) {
            return "";
        }
        Instant now = clock.instant();
        if (now.isAfter(dueAt)) {
            return "due-late";
        }
        return Duration.between(now, dueAt).compareTo(SOON) <= 0 ? "due-soon" : "due-ok";
    }

    /** The bundle key that describes a due-date class in words (colour is never the only signal). */
    public String dueKey(Instant dueAt, DossierStatus status) {
        String css = dueClass(dueAt, status);
        return css.isEmpty() ? null : "workspace.due." + css.substring("due-".length());
    }

    public String agencyName(String code) {
        if (code == null) {
            return "";
        }
        Agencies directory = agencies.getIfAvailable();
        if (directory == null) {
            return code;
        }
        return directory.find(code).map(a -> localised(a.name(), a.nameEn()) + " (" + code + ")").orElse(code);
    }

    public String name(Procedure p) {
        return localised(p.name(), p.nameEn());
    }

    public String name(DossierComponent c) {
        return localised(c.name(), c.nameEn());
    }

    public String fieldId(String field) {
        if (field.startsWith("files[")) {
            return "file-" + field.substring("files[".length(), field.length() - 1);
        }
        return field;
    }

    static String localised(String vietnamese, String english) {
        boolean vi = "vi".equals(LocaleContextHolder.getLocale().getLanguage());
        return !vi && english != null && !english.isBlank() ? english : vietnamese;
    }
}
