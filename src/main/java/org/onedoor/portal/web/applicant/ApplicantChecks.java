package org.onedoor.portal.web.applicant;

import java.util.regex.Pattern;

import org.onedoor.dossier.ApplicantType;
import org.springframework.validation.Errors;

/**
 * Quick checks of the applicant fields so that obvious mistakes are shown without a round trip to the dossier
 * module, which validates authoritatively (ID number structure against birth year, province code …).
 * Errors go under {@code applicant.*}.
 */
public final class ApplicantChecks {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern BUSINESS_CODE = Pattern.compile("\\d{10}(-?\\d{3})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9 .]{8,12}");

    private ApplicantChecks() {
    }

    public static void check(ApplicantForm a, Errors errors) {
        if (a.getType() == null) {
            errors.rejectValue("applicant.type", "portal.error.required");
        } else if (a.getType() == ApplicantType.CITIZEN) {
            String id = strip(a.getIdNumber());
            if (id.isEmpty()) {
                errors.rejectValue("applicant.idNumber", "portal.error.required");
            } else if (!ID_NUMBER.matcher(id).matches()) {
                errors.rejectValue("applicant.idNumber", "portal.error.idNumber");
            }
            if (a.getBirthDate() == null && !errors.hasFieldErrors("applicant.birthDate")) {
                errors.rejectValue("applicant.birthDate", "portal.error.required");
            }
        } else {
            String code = strip(a.getBusinessCode());
            if (code.isEmpty()) {
                errors.rejectValue("applicant.businessCode", "portal.error.required");
            } else if (!BUSINESS_CODE.matcher(code).matches()) {
                errors.rejectValue("applicant.businessCode", "portal.error.businessCode");
            }
        }
        if (strip(a.getName()).isEmpty()) {
            errors.rejectValue("applicant.name", "portal.error.required");
        }
        if (!strip(a.getEmail()).isEmpty() && !EMAIL.matcher(strip(a.getEmail())).matches()) {
            errors.rejectValue("applicant.email", "portal.error.email");
        }
        if (!strip(a.getPhone()).isEmpty() && !PHONE.matcher(strip(a.getPhone())).matches()) {
            errors.rejectValue("applicant.phone", "portal.error.phone");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
