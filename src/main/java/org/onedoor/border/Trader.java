package org.onedoor.border;

/**
 * Exporter or importer of a consignment.
 *
 * @param code the tax code (mã số thuế) for a Vietnamese trader: 10 digits, 10-3 for a branch, or the 12-digit
 *             citizen ID of a household business; the foreign party's own registration number otherwise (optional)
 */
public record Trader(String name, String code) {
}
