package org.onedoor.queue.web;

import java.util.List;

import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorSettings;

/** The centre's settings form (numbers as typed: a word instead of a number is a field error, not a 400). */
public class CentreSettingsForm {

    private String targetWaitMinutes;
    private String earlyMinutes;
    private String lateMinutes;
    private String horizonDays;
    private String alertPlaces;

    static CentreSettingsForm of(FloorSettings.Centre c) {
        CentreSettingsForm f = new CentreSettingsForm();
        f.targetWaitMinutes = Integer.toString(c.targetWaitMinutes());
        f.earlyMinutes = Integer.toString(c.earlyMinutes());
        f.lateMinutes = Integer.toString(c.lateMinutes());
        f.horizonDays = Integer.toString(c.horizonDays());
        f.alertPlaces = Integer.toString(c.alertPlaces());
        return f;
    }

    FloorSettings.CentreChange toChange(List<FieldViolation> errors) {
        return new FloorSettings.CentreChange(FormNumbers.parse(errors, "targetWaitMinutes", targetWaitMinutes),
                FormNumbers.parse(errors, "earlyMinutes", earlyMinutes), FormNumbers.parse(errors, "lateMinutes", lateMinutes),
                FormNumbers.parse(errors, "horizonDays", horizonDays), FormNumbers.parse(errors, "alertPlaces", alertPlaces));
    }

    public String getTargetWaitMinutes() { return targetWaitMinutes; }
    public void setTargetWaitMinutes(String v) { this.targetWaitMinutes = v; }
    public String getEarlyMinutes() { return earlyMinutes; }
    public void setEarlyMinutes(String v) { this.earlyMinutes = v; }
    public String getLateMinutes() { return lateMinutes; }
    public void setLateMinutes(String v) { this.lateMinutes = v; }
    public String getHorizonDays() { return horizonDays; }
    public void setHorizonDays(String v) { this.horizonDays = v; }
    public String getAlertPlaces() { return alertPlaces; }
    public void setAlertPlaces(String v) { this.alertPlaces = v; }
}
