package org.onedoor.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.calendar.CalendarDay;
import org.onedoor.common.FieldViolation;

/** The add / edit form of one holiday or make-up working day; fields are text so every input error is ours to word. */
public class DayForm {

    private String originalDate = "";
    private String date = "";
    private String kind = CalendarDay.Kind.HOLIDAY.name();
    private String nameVi = "";
    private String nameEn = "";
    private String source = "";

    static DayForm of(CalendarDay d) {
        DayForm f = new DayForm();
        f.originalDate = d.date().toString();
        f.date = d.date().toString();
        f.kind = d.kind().name();
        f.nameVi = d.nameVi();
        f.nameEn = d.nameEn();
        f.source = d.source();
        return f;
    }

    List<FieldViolation> validate() {
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate day = parseDate(date);
        if (blank(date)) {
            errors.add(new FieldViolation("date", "calendar.error.required"));
        } else if (day == null) {
            errors.add(new FieldViolation("date", "calendar.error.date"));
        }
        CalendarDay.Kind k = parseKind();
        if (k == null) {
            errors.add(new FieldViolation("kind", "calendar.error.kind"));
        } else if (k == CalendarDay.Kind.MAKEUP_WORKING_DAY && day != null && !CalendarDay.isWeekend(day)) {
            errors.add(new FieldViolation("kind", "calendar.error.makeupWeekday"));
        }
        text(errors, "nameVi", nameVi, 200, true);
        text(errors, "nameEn", nameEn, 200, true);
        text(errors, "source", source, 500, false);
        return errors;
    }

    /** Only after {@link #validate()} found nothing. */
    CalendarDay toDay() {
        return new CalendarDay(LocalDate.parse(date.strip()), parseKind(), nameVi.strip(), nameEn.strip(), source == null ? "" : source.strip());
    }

    LocalDate original() {
        return blank(originalDate) ? null : parseDate(originalDate);
    }

    private CalendarDay.Kind parseKind() {
        for (CalendarDay.Kind k : CalendarDay.Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    private static void text(List<FieldViolation> errors, String field, String value, int max, boolean required) {
        if (required && blank(value)) {
            errors.add(new FieldViolation(field, "calendar.error.required"));
        } else if (value != null && value.strip().length() > max) {
            errors.add(new FieldViolation(field, "calendar.error.tooLong", max));
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getOriginalDate() { return originalDate; }
    public void setOriginalDate(String originalDate) { this.originalDate = originalDate; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
