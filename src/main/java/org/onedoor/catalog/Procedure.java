package org.onedoor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.onedoor.common.TimeLimit;

/**
 * One version of an administrative procedure. A dossier keeps the version it was received under.
 *
 * @param code              procedure code: national ({@code 1.001234}), local variant or online-service variant
 * @param nationalCode      the national code this one maps to (equal to {@code code} for national procedures)
 * @param version           version number, increasing
 * @param effectiveFrom     first day this version applies
 * @param effectiveTo       last day it applies, or null while current
 * @param name              Vietnamese name
 * @param nameEn            English name
 * @param sectorCode        sector code, e.g. {@code G03-GD10} or a sector key such as {@code HO_TICH}
 * @param sectorName        sector name in Vietnamese
 * @param level             online service level
 * @param competentLevel    level of the agency that decides (province, department, commune)
 * @param timeLimit         legal time limit
 * @param fees              fees and charges
 * @param components        required dossier components
 * @param resultType        what the applicant receives, e.g. "Giấy khai sinh"
 * @param channels          channels through which it may be submitted
 * @param boundaryFree      may be received at any centre regardless of residence ("phi địa giới")
 * @param legalBasis        legal basis, free text
 * @param workflow          workflow template or definition id that processes it
 */
public record Procedure(String code, String nationalCode, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
                        String name, String nameEn, String sectorCode, String sectorName, ProcedureLevel level,
                        org.onedoor.agency.AgencyLevel competentLevel, TimeLimit timeLimit, List<Fee> fees,
                        List<DossierComponent> components, String resultType, Set<Channel> channels,
                        boolean boundaryFree, String legalBasis, String workflow) {
}
