package org.onedoor.dossier.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structure of the 12-digit personal identification number ("số định danh cá nhân", Decree 137/2015 Art. 7,
 * Circular 07/2016): {@code PPP G YY NNNNNN} = province of birth registration, sex-and-century digit, last two
 * digits of the birth year, random number. G: 0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5 2100–2199,
 * 6/7 2200–2299, 8/9 1800–1899. (The identity module has its own validator; the two get merged.)
 */
final class CitizenIdNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{12}");

    /** The 63 province codes of Circular 07/2016 (before the 2025 mergers; existing numbers keep them). */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");

    enum Problem { FORMAT, PROVINCE, BIRTH_YEAR }

    private CitizenIdNumber() {
    }

    /** The problem with {@code number}, or null when it is well-formed and agrees with the date of birth. */
    static Problem check(String number, LocalDate birthDate) {
        if (number == null || !DIGITS.matcher(number).matches()) {
            return Problem.FORMAT;
        }
        if (!PROVINCES.contains(number.substring(0, 3))) {
            return Problem.PROVINCE;
        }
        int g = number.charAt(3) - '0';
        int century = switch (g / 2) { case 0 -> 1900; case 1 -> 2000; case 2 -> 2100; case 3 -> 2200; default -> 1800; };
        int year = century + Integer.parseInt(number.substring(4, 6));
        if (birthDate != null && birthDate.getYear() != year) {
            return Problem.BIRTH_YEAR;
        }
        return null;
    }
}
