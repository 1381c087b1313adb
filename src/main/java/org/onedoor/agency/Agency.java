package org.onedoor.agency;

/**
 * An agency as other modules see it.
 *
 * @param code          identifier code in the QCVN 102:2016 format ({@code 000.00.12.H23}); prefixes dossier codes
 * @param code2020      identifier code in the Decision 20/2020 format ({@code H23.12}), or null when not assigned
 * @param name          official Vietnamese name
 * @param nameEn        English name
 * @param level         level in the administration
 * @param parentCode    code of the parent agency (null for a province)
 * @param provinceCode  code of the province the agency belongs to (its own code for a province)
 * @param active        false once merged or dissolved
 * @param successorCode the agency that took over after a merger, or null
 */
public record Agency(String code, String code2020, String name, String nameEn, AgencyLevel level,
                     String parentCode, String provinceCode, boolean active, String successorCode) {
}
