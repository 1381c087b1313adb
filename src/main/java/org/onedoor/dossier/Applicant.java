package org.onedoor.dossier;

import java.time.LocalDate;

/**
 * The person or business a dossier is for ("người nộp hồ sơ").
 *
 * @param type         citizen or business
 * @param idNumber     citizen: 12-digit personal identification number ({@code PPP G YY NNNNNN}); null for a business
 * @param businessCode business: 10- or 13-digit enterprise / household business registration code; null for a citizen
 * @param name         full name, or the business name
 * @param birthDate    citizen: date of birth (its year must agree with the ID number); null for a business
 * @param phone        mobile or landline, digits with an optional leading {@code +84}; optional
 * @param email        e-mail for notifications; optional
 * @param address      postal address; optional
 */
public record Applicant(ApplicantType type, String idNumber, String businessCode, String name, LocalDate birthDate,
                        String phone, String email, String address) {

    /** The identifier that tracking accepts besides the phone: ID number or business code. */
    public String identifier() {
        return type == ApplicantType.BUSINESS ? businessCode : idNumber;
    }
}
