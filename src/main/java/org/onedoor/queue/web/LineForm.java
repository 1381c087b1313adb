package org.onedoor.queue.web;

import java.util.Arrays;
import java.util.List;

import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorSettings;

/** A line's form; the procedures are typed as codes separated by spaces, commas or line breaks. */
public class LineForm {

    private String prefix;
    private String nameVi;
    private String nameEn;
    private String nameId;
    private String priorityEvery = "3";
    private String procedures;
    private String slotMinutes;
    private String capacity;

    static LineForm of(FloorSettings.Line l) {
        LineForm f = new LineForm();
        f.prefix = l.prefix();
        f.nameVi = l.nameVi();
        f.nameEn = l.nameEn();
        f.nameId = l.nameId();
        f.priorityEvery = Integer.toString(l.priorityEvery());
        f.procedures = String.join("\n", l.procedures());
        f.slotMinutes = Integer.toString(l.slotMinutes());
        f.capacity = Integer.toString(l.capacity());
        return f;
    }

    FloorSettings.LineChange toChange(List<FieldViolation> errors) {
        List<String> codes = procedures == null ? List.of()
                : Arrays.stream(procedures.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        return new FloorSettings.LineChange(prefix, nameVi, nameEn, nameId,
                FormNumbers.parse(errors, "priorityEvery", priorityEvery), codes,
                FormNumbers.parse(errors, "slotMinutes", slotMinutes), FormNumbers.parse(errors, "capacity", capacity));
    }

    public String getPrefix() { return prefix; }
    public void setPrefix(String v) { this.prefix = v; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String v) { this.nameVi = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { this.nameEn = v; }
    public String getNameId() { return nameId; }
    public void setNameId(String v) { this.nameId = v; }
    public String getPriorityEvery() { return priorityEvery; }
    public void setPriorityEvery(String v) { this.priorityEvery = v; }
    public String getProcedures() { return procedures; }
    public void setProcedures(String v) { this.procedures = v; }
    public String getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(String v) { this.slotMinutes = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { this.capacity = v; }
}
