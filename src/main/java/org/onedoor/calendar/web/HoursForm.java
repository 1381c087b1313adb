package org.onedoor.calendar.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.calendar.WorkingHours;
import org.onedoor.common.FieldViolation;

/** The working hours and cut-off form (times as HH:mm). */
public class HoursForm {

    private String morningStart;
    private String morningEnd;
    private String afternoonStart;
    private String afternoonEnd;
    private String cutoff;

    static HoursForm of(WorkingHours h) {
        HoursForm f = new HoursForm();
        f.morningStart = h.morningStart().toString();
        f.morningEnd = h.morningEnd().toString();
        f.afternoonStart = h.afternoonStart().toString();
        f.afternoonEnd = h.afternoonEnd().toString();
        f.cutoff = h.cutoff().toString();
        return f;
    }

    List<FieldViolation> validate() {
        List<FieldViolation> errors = new ArrayList<>();
        LocalTime ms = time(errors, "morningStart", morningStart);
        LocalTime me = time(errors, "morningEnd", morningEnd);
        LocalTime as = time(errors, "afternoonStart", afternoonStart);
        LocalTime ae = time(errors, "afternoonEnd", afternoonEnd);
        LocalTime c = time(errors, "cutoff", cutoff);
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!ms.isBefore(me)) {
            errors.add(new FieldViolation("morningEnd", "calendar.error.hoursOrder"));
        } else if (me.isAfter(as)) {
            errors.add(new FieldViolation("afternoonStart", "calendar.error.hoursOrder"));
        } else if (!as.isBefore(ae)) {
            errors.add(new FieldViolation("afternoonEnd", "calendar.error.hoursOrder"));
        } else if (c.isBefore(ms) || c.isAfter(ae)) {
            errors.add(new FieldViolation("cutoff", "calendar.error.cutoffOutside"));
        }
        return errors;
    }

    /** Only after {@link #validate()} found nothing. */
    WorkingHours toHours() {
        return new WorkingHours(LocalTime.parse(morningStart.strip()), LocalTime.parse(morningEnd.strip()),
                LocalTime.parse(afternoonStart.strip()), LocalTime.parse(afternoonEnd.strip()), LocalTime.parse(cutoff.strip()));
    }

    private static LocalTime time(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "calendar.error.required"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "calendar.error.time"));
            return null;
        }
    }

    public String getMorningStart() { return morningStart; }
    public void setMorningStart(String v) { this.morningStart = v; }
    public String getMorningEnd() { return morningEnd; }
    public void setMorningEnd(String v) { this.morningEnd = v; }
    public String getAfternoonStart() { return afternoonStart; }
    public void setAfternoonStart(String v) { this.afternoonStart = v; }
    public String getAfternoonEnd() { return afternoonEnd; }
    public void setAfternoonEnd(String v) { this.afternoonEnd = v; }
    public String getCutoff() { return cutoff; }
    public void setCutoff(String v) { this.cutoff = v; }
}
