package org.onedoor.queue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorSettings.CentreChange;
import org.onedoor.queue.internal.FloorSettings.CounterChange;
import org.onedoor.queue.internal.FloorSettings.LineChange;
import org.onedoor.queue.internal.FloorSettings.ProfileChange;
import org.onedoor.queue.internal.FloorSettings.StepChange;

/**
 * The field rules of the floor's settings, checked before anything is written (the database's checks are the last
 * line of defence, never the first: a broken rule is a localised field error, not a 500). The ranges are the
 * migrations' check constraints (queue V1, V4, V10).
 */
final class SettingsRules {

    static final Pattern PREFIX = Pattern.compile("[A-Z]");
    static final Pattern COUNTER_CODE = Pattern.compile("[A-Za-z0-9]{1,8}");
    static final Pattern PROCEDURE_CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,60}");
    static final int MAX_NAME = 120;
    static final int MAX_STEPS = 20;
    static final int MAX_PROCEDURES = 200;

    private SettingsRules() {
    }

    /** @param creating the prefix is checked only when a line is created (it never changes afterwards) */
    static List<FieldViolation> line(LineChange c, boolean creating) {
        List<FieldViolation> errors = new ArrayList<>();
        if (creating && (c.prefix() == null || !PREFIX.matcher(c.prefix()).matches())) {
            errors.add(new FieldViolation("prefix", "queue.admin.error.prefix"));
        }
        names(errors, c.nameVi(), c.nameEn(), c.nameId());
        range(errors, "priorityEvery", c.priorityEvery(), 1, 100);
        List<String> procedures = c.procedures() == null ? List.of() : c.procedures();
        if (procedures.size() > MAX_PROCEDURES) {
            errors.add(new FieldViolation("procedures", "queue.admin.error.tooMany", MAX_PROCEDURES));
        }
        Set<String> seen = new HashSet<>();
        for (String code : procedures) {
            if (code == null || !PROCEDURE_CODE.matcher(code).matches()) {
                errors.add(new FieldViolation("procedures", "queue.admin.error.procedureCode", String.valueOf(code)));
            } else if (!seen.add(code)) {
                errors.add(new FieldViolation("procedures", "queue.admin.error.procedureTwice", code));
            }
        }
        if (c.slotMinutes() != null || c.capacity() != null) {
            range(errors, "slotMinutes", c.slotMinutes(), 5, 240);
            range(errors, "capacity", c.capacity(), 1, 100);
        }
        return errors;
    }

    static List<FieldViolation> counter(CounterChange c, boolean creating) {
        List<FieldViolation> errors = new ArrayList<>();
        if (creating && (c.code() == null || !COUNTER_CODE.matcher(c.code()).matches())) {
            errors.add(new FieldViolation("code", "queue.admin.error.counterCode"));
        }
        names(errors, c.nameVi(), c.nameEn(), c.nameId());
        if (c.active() == null) {
            errors.add(new FieldViolation("active", "queue.admin.error.required"));
        }
        return errors;
    }

    /**
     * @param lines the centre's active lines a step may name
     */
    static List<FieldViolation> profile(ProfileChange p, Set<Long> lines) {
        List<FieldViolation> errors = new ArrayList<>();
        if (p.steps().size() > MAX_STEPS) {
            errors.add(new FieldViolation("steps", "queue.admin.error.tooMany", MAX_STEPS));
            return errors;
        }
        Set<Long> ordinary = new HashSet<>();
        Set<Long> conditions = new HashSet<>();
        for (int i = 0; i < p.steps().size(); i++) {
            StepChange s = p.steps().get(i);
            String at = "steps[" + i + "].";
            if (s == null || s.lineId() == null) {
                errors.add(new FieldViolation(at + "lineId", "queue.admin.error.required"));
                continue;
            }
            if (!lines.contains(s.lineId())) {
                errors.add(new FieldViolation(at + "lineId", "queue.admin.error.lineUnknown"));
            }
            if (s.longestWaitOverMinutes() != null) {
                range(errors, at + "longestWaitOverMinutes", s.longestWaitOverMinutes(), 1, 480);
            }
            // decision 0403: a line is an ordinary step at most once and a condition step at most once
            boolean fresh = s.longestWaitOverMinutes() == null ? ordinary.add(s.lineId()) : conditions.add(s.lineId());
            if (!fresh) {
                errors.add(new FieldViolation(at + "lineId", "queue.admin.error.stepTwice"));
            }
        }
        return errors;
    }

    static List<FieldViolation> centre(CentreChange c) {
        List<FieldViolation> errors = new ArrayList<>();
        range(errors, "targetWaitMinutes", c.targetWaitMinutes(), 1, 480);
        range(errors, "earlyMinutes", c.earlyMinutes(), 0, 240);
        range(errors, "lateMinutes", c.lateMinutes(), 0, 240);
        range(errors, "horizonDays", c.horizonDays(), 1, 90);
        range(errors, "alertPlaces", c.alertPlaces(), 1, 50);
        return errors;
    }

    private static void names(List<FieldViolation> errors, String vi, String en, String id) {
        name(errors, "nameVi", vi);
        name(errors, "nameEn", en);
        name(errors, "nameId", id);
    }

    private static void name(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "queue.admin.error.required"));
        } else if (value.strip().length() > MAX_NAME) {
            errors.add(new FieldViolation(field, "queue.admin.error.tooLong", MAX_NAME));
        }
    }

    private static void range(List<FieldViolation> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(new FieldViolation(field, "queue.admin.error.required"));
        } else if (value < min || value > max) {
            errors.add(new FieldViolation(field, "queue.admin.error.range", min, max));
        }
    }
}
