package org.onedoor.identity;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * A personal identification number ("số định danh cá nhân", printed on the CCCD / Căn cước card): 12 digits
 * {@code PPP G YY NNNNNN} (Circular 07/2016/TT-BCA, now 59/2021/TT-BCA; DOMAIN.md §10).
 * <ul>
 * <li>PPP: province of birth registration, one of the 63 province codes of Decision 124/2004/QĐ-TTg
 *     (001 Hà Nội … 079 Hồ Chí Minh City … 096 Cà Mau);</li>
 * <li>G: sex and century of birth: 0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5 2100s, 6/7 2200s,
 *     8/9 2300s;</li>
 * <li>YY: last two digits of the year of birth; NNNNNN: a random serial.</li>
 * </ul>
 * The number carries no check digit, so only its structure and its consistency with the holder's date of birth
 * and sex can be checked.
 *
 * @param value the 12 digits
 */
public record CitizenIdNumber(String value) {

    public enum Sex { MALE, FEMALE }

    /** Province codes of Decision 124/2004/QĐ-TTg (pre-2025 provinces; numbers are never reused). */
    static final Set<String> PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    public CitizenIdNumber {
        if (!valid(value)) {
            throw new IllegalArgumentException("not a valid citizen ID number: " + value);
        }
    }

    /** Parses a number, tolerating spaces people type between the groups. */
    public static CitizenIdNumber parse(String text) {
        return new CitizenIdNumber(text == null ? null : text.replace(" ", ""));
    }

    /** Structure check: 12 digits, a known province code, and a birth year not in the future. */
    public static boolean valid(String value) {
        if (value == null || value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return PROVINCES.contains(value.substring(0, 3)) && birthYearOf(value) <= Year.now().getValue();
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    public Sex sex() {
        return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    public int birthYear() {
        return birthYearOf(value);
    }

    /** True when the number was issued to someone born on {@code dateOfBirth} (century and year agree). */
    public boolean matchesBirthDate(LocalDate dateOfBirth) {
        return dateOfBirth != null && dateOfBirth.getYear() == birthYear();
    }

    public boolean matches(LocalDate dateOfBirth, Sex holderSex) {
        return matchesBirthDate(dateOfBirth) && sex() == holderSex;
    }

    /** The number with its personal part hidden, for lists and logs: {@code 001090******}. */
    public String masked() {
        return value.substring(0, 6) + "******";
    }

    @Override
    public String toString() {
        return masked();
    }

    private static int birthYearOf(String value) {
        int g = value.charAt(3) - '0';
        int century = switch (g / 2) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 2300;
        };
        return century + Integer.parseInt(value.substring(4, 6));
    }
}
