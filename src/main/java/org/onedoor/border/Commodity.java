package org.onedoor.border;

/**
 * A commodity that crosses at the gate, from the reference table (decision 0511).
 *
 * @param hsCode      heading (4 digits), subheading (6) or national line (8) of the Harmonized System / AHTN
 * @param defaultUnit UN/ECE unit code: TNE tonne, KGM kilogram, PCE piece, UNT unit, MWH megawatt-hour, LTR, PKG
 * @param byVehicle   false for what does not pass the lanes (electricity)
 */
public record Commodity(String hsCode, String nameVi, String nameEn, String defaultUnit, boolean byVehicle) {

    /** The name in the reader's language (Vietnamese unless English or Indonesian is asked). */
    public String name(String language) {
        return "vi".equals(language) ? nameVi : nameEn;
    }
}
