package org.onedoor.border.goods;

import java.util.Locale;
import java.util.Optional;

import org.onedoor.border.Direction;

/**
 * Format checks of the goods lane (decision 0510): plates, HS codes, tax codes and customs declaration numbers.
 * Each method returns the normalised value, or empty when the input does not have the right form.
 */
public final class GoodsCodes {

    private GoodsCodes() {
    }

    /**
     * Vietnamese plate (Circular 24/2023/TT-BCA): province code 11–99, a series of one or two letters possibly followed
     * by a digit (motorcycles), then 4 or 5 digits: {@code 81C-123.45}, {@code 81C1-234.56}, {@code 81LD-012.34}.
     */
    public static Optional<String> vietnamesePlate(String typed) {
        String p = squeeze(typed);
        return p.matches("(1[1-9]|[2-9][0-9])[A-Z]{1,2}[0-9]?[0-9]{4,5}") ? Optional.of(p) : Optional.empty();
    }

    /**
     * Cambodian plate: the province name (optional, as the guard may type only the number), a digit and one or two
     * letters, then 4 digits: {@code RATANAKIRI 2A-1234}, {@code PHNOM PENH 2AB-1234}. Normalised without the
     * province so that the typed number and the declared plate match.
     */
    public static Optional<String> cambodianPlate(String typed) {
        String p = squeeze(typed);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[A-Z]{2,20})?([0-9][A-Z]{1,2}[0-9]{4})")
                .matcher(p);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The plate normalised for its country ({@code VNM}, {@code KHM}; null guesses, Vietnamese first). */
    public static Optional<Plate> plate(String country, String typed) {
        if (country == null || country.isBlank()) {
            return vietnamesePlate(typed).map(p -> new Plate("VNM", p))
                    .or(() -> cambodianPlate(typed).map(p -> new Plate("KHM", p)));
        }
        return switch (country.trim().toUpperCase(Locale.ROOT)) {
            case "VNM" -> vietnamesePlate(typed).map(p -> new Plate("VNM", p));
            case "KHM" -> cambodianPlate(typed).map(p -> new Plate("KHM", p));
            default -> Optional.empty();
        };
    }

    /** A normalised plate and its country. */
    public record Plate(String country, String plate) {
    }

    /**
     * HS code structure: 4 (heading), 6 (subheading) or 8 (AHTN national line) digits, dots and spaces allowed, in a
     * chapter that exists (01–97, chapter 77 reserved).
     */
    public static Optional<String> hsCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String c = typed.replaceAll("[\\s.]", "");
        if (!c.matches("[0-9]{4}|[0-9]{6}|[0-9]{8}")) {
            return Optional.empty();
        }
        int chapter = Integer.parseInt(c.substring(0, 2));
        return chapter >= 1 && chapter <= 97 && chapter != 77 ? Optional.of(c) : Optional.empty();
    }

    /**
     * Vietnamese tax code (mã số thuế): 10 digits, 10 digits and {@code -} and 3 for a dependent unit, or the 12-digit
     * citizen ID that household businesses use as their tax code since 1 July 2025.
     */
    public static Optional<String> taxCode(String typed) {
        String c = typed == null ? "" : typed.replaceAll("\\s", "");
        return c.matches("[0-9]{10}(-[0-9]{3})?|[0-9]{12}") ? Optional.of(c) : Optional.empty();
    }

    /**
     * Customs declaration number (VNACCS): 12 digits; the first is 1 for an import (entry) and 3 for an export
     * (exit) declaration.
     */
    public static Optional<String> customsDeclaration(String typed, Direction direction) {
        String c = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!c.matches("[0-9]{12}")) {
            return Optional.empty();
        }
        char expected = direction == Direction.ENTRY ? '1' : '3';
        return c.charAt(0) == expected ? Optional.of(c) : Optional.empty();
    }

    private static String squeeze(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }
}
