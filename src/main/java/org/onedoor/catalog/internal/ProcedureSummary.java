package org.onedoor.catalog.internal;

/**
 * One line of the administrators' catalogue list.
 *
 * @param currentVersion the version in force today, or null when none is
 */
public record ProcedureSummary(String code, String name, String nameEn, String sectorName, String sectorNameEn,
                               String competentLevel, int versions, Integer currentVersion) {
}
