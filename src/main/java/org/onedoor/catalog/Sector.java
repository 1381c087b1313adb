package org.onedoor.catalog;

/**
 * A sector of state administration ("lĩnh vực"), e.g. civil status ("hộ tịch").
 *
 * @param code   sector code, e.g. {@code HO_TICH} or an official {@code G03-GD10}
 * @param name   Vietnamese name
 * @param nameEn English name
 */
public record Sector(String code, String name, String nameEn) {
}
