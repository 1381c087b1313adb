package org.onedoor.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;

/** Checks an applicant and normalises phone and business code; adds field violations under {@code applicant.*}. */
final class ApplicantValidator {

    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern BUSINESS = Pattern.compile("[0-9]{10}([0-9]{3})?");

    private ApplicantValidator() {
    }

    static String normalisePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.\\-()]", "");
    }

    static String normaliseBusinessCode(String code) {
        return code == null ? null : code.replaceAll("[\\s\\-]", "");
    }

    /** The applicant with normalised fields; violations are appended to {@code errors}. */
    static Applicant validate(Applicant a, LocalDate today, List<FieldViolation> errors) {
        if (a == null) {
            errors.add(new FieldViolation("applicant", "dossier.field.required"));
            return null;
        }
        if (a.type() == null) {
            errors.add(new FieldViolation("applicant.type", "dossier.field.required"));
        }
        if (a.name() == null || a.name().isBlank()) {
            errors.add(new FieldViolation("applicant.name", "dossier.field.required"));
        } else if (a.name().length() > 200) {
            errors.add(new FieldViolation("applicant.name", "dossier.field.tooLong", 200));
        }
        String business = normaliseBusinessCode(a.businessCode());
        if (a.type() == ApplicantType.CITIZEN) {
            if (a.birthDate() == null) {
                errors.add(new FieldViolation("applicant.birthDate", "dossier.field.required"));
            } else if (a.birthDate().isAfter(today)) {
                errors.add(new FieldViolation("applicant.birthDate", "dossier.applicant.birthDate.future"));
            }
            if (a.idNumber() == null || a.idNumber().isBlank()) {
                errors.add(new FieldViolation("applicant.idNumber", "dossier.field.required"));
            } else {
                CitizenIdNumber.Problem problem = CitizenIdNumber.check(a.idNumber().strip(), a.birthDate());
                if (problem != null) {
                    errors.add(new FieldViolation("applicant.idNumber", switch (problem) {
                        case FORMAT -> "dossier.applicant.idNumber.format";
                        case PROVINCE -> "dossier.applicant.idNumber.province";
                        case BIRTH_YEAR -> "dossier.applicant.idNumber.birthYear";
                    }));
                }
            }
            business = null;
        } else if (a.type() == ApplicantType.BUSINESS) {
            if (business == null || business.isBlank()) {
                errors.add(new FieldViolation("applicant.businessCode", "dossier.field.required"));
            } else if (!BUSINESS.matcher(business).matches()) {
                errors.add(new FieldViolation("applicant.businessCode", "dossier.applicant.businessCode.format"));
            }
        }
        String phone = normalisePhone(a.phone());
        if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldViolation("applicant.phone", "dossier.applicant.phone.format"));
        }
        String email = a.email() == null || a.email().isBlank() ? null : a.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldViolation("applicant.email", "dossier.applicant.email.format"));
        }
        if (a.address() != null && a.address().length() > 500) {
            errors.add(new FieldViolation("applicant.address", "dossier.field.tooLong", 500));
        }
        return new Applicant(a.type(), a.type() == ApplicantType.CITIZEN && a.idNumber() != null ? a.idNumber().strip() : null,
                business, a.name() == null ? null : a.name().strip(),
                a.type() == ApplicantType.CITIZEN ? a.birthDate() : null,
                phone == null || phone.isEmpty() ? null : phone, email,
                a.address() == null || a.address().isBlank() ? null : a.address().strip());
    }
}
