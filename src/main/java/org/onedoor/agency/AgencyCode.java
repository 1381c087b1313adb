package org.onedoor.agency;

import java.util.regex.Pattern;

/**
 * The two official agency identifier formats, both in use (DOMAIN.md §4).
 * <ul>
 * <li>QCVN 102:2016/BTTTT: four dot-separated groups, level-1 code on the right: {@code 000.00.12.H23}
 *     (3 digits, 2 digits, 2 digits, a letter and 2 digits).</li>
 * <li>Decision 20/2020/QĐ-TTg: level-1 code first, then dot-separated groups: {@code H55.242}; at most 35
 *     characters of A–Z, 0–9 and dots.</li>
 * </ul>
 * The database checks the same patterns.
 */
public final class AgencyCode {

    public enum Format { QCVN_102_2016, DECISION_20_2020 }

    private static final Pattern QCVN_102 = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}");
    private static final Pattern DECISION_20 = Pattern.compile("[A-Z][0-9]{2}(\\.[A-Z0-9]+)*");
    private static final int DECISION_20_MAX = 35;

    private AgencyCode() {
    }

    public static boolean isQcvn102(String code) {
        return code != null && QCVN_102.matcher(code).matches();
    }

    public static boolean isDecision2020(String code) {
        return code != null && code.length() <= DECISION_20_MAX && DECISION_20.matcher(code).matches();
    }

    /** The format of a code, or null when it is in neither. A code cannot match both patterns. */
    public static Format formatOf(String code) {
        if (isQcvn102(code)) {
            return Format.QCVN_102_2016;
        }
        return isDecision2020(code) ? Format.DECISION_20_2020 : null;
    }

    /** Level-1 code (province or ministry, e.g. {@code H23}) of a code in either format, or null if invalid. */
    public static String levelOne(String code) {
        Format format = formatOf(code);
        if (format == null) {
            return null;
        }
        return format == Format.QCVN_102_2016 ? code.substring(code.length() - 3) : code.substring(0, 3);
    }
}
