package org.onedoor.dossier.internal;

import java.util.List;
import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Procedure;
import org.onedoor.common.FieldViolation;

/**
 * Boundary-free routing ("tiếp nhận không phụ thuộc địa giới hành chính"): the applicant or desk picks the
 * receiving centre; the competent agency is given, or derived from the procedure's competent level and the
 * receiving agency's place. A procedure that is not boundary-free must be received in the competent agency's
 * province.
 */
final class Routing {

    record Route(Agency receiving, Agency competent) {
    }

    private Routing() {
    }

    static Route route(Agencies agencies, Procedure procedure, String receivingCode, String competentCode,
                       List<FieldViolation> errors) {
        if (receivingCode == null || receivingCode.isBlank()) {
            errors.add(new FieldViolation("receivingAgencyCode", "dossier.field.required"));
            return null;
        }
        Optional<Agency> receiving = agencies.find(receivingCode.strip()).filter(Agency::active);
        if (receiving.isEmpty()) {
            errors.add(new FieldViolation("receivingAgencyCode", "dossier.agency.unknown", receivingCode));
            return null;
        }
        Agency competent;
        if (competentCode != null && !competentCode.isBlank()) {
            competent = agencies.find(competentCode.strip()).filter(Agency::active).orElse(null);
            if (competent == null) {
                errors.add(new FieldViolation("competentAgencyCode", "dossier.agency.unknown", competentCode));
                return null;
            }
        } else {
            competent = derive(agencies, procedure.competentLevel(), receiving.get()).orElse(null);
            if (competent == null) {
                errors.add(new FieldViolation("competentAgencyCode", "dossier.agency.competentRequired"));
                return null;
            }
        }
        if (!procedure.boundaryFree() && !receiving.get().provinceCode().equals(competent.provinceCode())) {
            errors.add(new FieldViolation("receivingAgencyCode", "dossier.agency.notBoundaryFree",
                    competent.provinceCode()));
            return null;
        }
        return new Route(receiving.get(), competent);
    }

    private static Optional<Agency> derive(Agencies agencies, AgencyLevel level, Agency receiving) {
        if (level == null || receiving.level() == level) {
            return Optional.of(receiving);
        }
        if (level == AgencyLevel.PROVINCE) {
            return agencies.find(receiving.provinceCode()).filter(Agency::active);
        }
        if (receiving.parentCode() != null) {
            return agencies.find(receiving.parentCode()).filter(a -> a.active() && a.level() == level);
        }
        return Optional.empty();
    }
}
