package org.onedoor.portal.web.applicant;

import java.time.LocalDate;

import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The applicant fields of the online form and of the counter intake, bound as {@code applicant.*} so the field paths of the dossier
 * module's violations ({@code applicant.idNumber} …) point at the right inputs.
 */
public class ApplicantForm {

    private ApplicantType type = ApplicantType.CITIZEN;
    private String idNumber;
    private String businessCode;
    private String name;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String phone;
    private String email;
    private String address;

    public Applicant toApplicant() {
        boolean business = type == ApplicantType.BUSINESS;
        return new Applicant(type, business ? null : trim(idNumber), business ? trim(businessCode) : null, trim(name),
                business ? null : birthDate, trim(phone), trim(email), trim(address));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ApplicantType getType() { return type; }
    public void setType(ApplicantType type) { this.type = type; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getBusinessCode() { return businessCode; }
    public void setBusinessCode(String businessCode) { this.businessCode = businessCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
