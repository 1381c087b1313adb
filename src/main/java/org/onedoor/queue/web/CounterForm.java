package org.onedoor.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorSettings;

/**
 * A counter's form: names, state and work profile in one save. The profile is a list of rows, each a line and
 * optionally a wait in minutes (a condition step); empty rows are left out, so a manager removes a step by emptying
 * its row and adds one in a spare row.
 */
public class CounterForm {

    /** Spare rows offered after the counter's steps. */
    static final int SPARE_ROWS = 3;

    private String code;
    private String nameVi;
    private String nameEn;
    private String nameId;
    private boolean active = true;
    private String version;
    private List<Row> steps = new ArrayList<>();

    public static class Row {
        private String lineId;
        private String longestWaitOverMinutes;

        public Row() {
        }

        Row(String lineId, String minutes) {
            this.lineId = lineId;
            this.longestWaitOverMinutes = minutes;
        }

        boolean blank() {
            return (lineId == null || lineId.isBlank()) && (longestWaitOverMinutes == null || longestWaitOverMinutes.isBlank());
        }

        public String getLineId() { return lineId; }
        public void setLineId(String v) { this.lineId = v; }
        public String getLongestWaitOverMinutes() { return longestWaitOverMinutes; }
        public void setLongestWaitOverMinutes(String v) { this.longestWaitOverMinutes = v; }
    }

    static CounterForm empty() {
        CounterForm f = new CounterForm();
        f.spare();
        return f;
    }

    static CounterForm of(FloorSettings.Counter c) {
        CounterForm f = new CounterForm();
        f.code = c.code();
        f.nameVi = c.nameVi();
        f.nameEn = c.nameEn();
        f.nameId = c.nameId();
        f.active = c.active();
        f.version = Integer.toString(c.version());
        c.profile().forEach(s -> f.steps.add(new Row(Long.toString(s.lineId()),
                s.longestWaitOverMinutes() == null ? null : s.longestWaitOverMinutes().toString())));
        f.spare();
        return f;
    }

    /** Keeps the typed rows and adds spare ones again (after a refused save). */
    void spare() {
        long blanks = steps.stream().filter(Row::blank).count();
        for (long i = blanks; i < SPARE_ROWS; i++) {
            steps.add(new Row());
        }
    }

    FloorSettings.CounterChange toChange() {
        return new FloorSettings.CounterChange(code, nameVi, nameEn, nameId, active);
    }

    /**
     * The profile of the non-empty rows; {@code rowOf} receives, for each step of the result, its row in the form
     * (so the service's "steps[1]" error shows next to the right row).
     */
    FloorSettings.ProfileChange toProfile(List<FieldViolation> errors, List<Integer> rowOf) {
        List<FloorSettings.StepChange> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Row r = steps.get(i);
            if (r == null || r.blank()) {
                continue;
            }
            Long line = FormNumbers.parseLong(errors, "steps[" + i + "].lineId", r.lineId);
            Integer minutes = FormNumbers.parse(errors, "steps[" + i + "].longestWaitOverMinutes", r.longestWaitOverMinutes);
            result.add(new FloorSettings.StepChange(line, minutes));
            rowOf.add(i);
        }
        return new FloorSettings.ProfileChange(result);
    }

    public String getCode() { return code; }
    public void setCode(String v) { this.code = v; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String v) { this.nameVi = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { this.nameEn = v; }
    public String getNameId() { return nameId; }
    public void setNameId(String v) { this.nameId = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { this.active = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { this.version = v; }
    public List<Row> getSteps() { return steps; }
    public void setSteps(List<Row> v) { this.steps = v; }
}
