package org.onedoor.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;

/** The structure of personal ID numbers and the formats of the other applicant fields. */
class ApplicantValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0} born {1} → {2}")
    @CsvSource({
            "001090012345, 1990-05-01, ",
            "079303000001, 2003-01-01, ",
            "096899000001, 1899-12-31, ",
            "00109001234,  1990-05-01, FORMAT",
            "0010900123456, 1990-05-01, FORMAT",
            "00109001234a, 1990-05-01, FORMAT",
            "003090012345, 1990-05-01, PROVINCE",
            "097090012345, 1990-05-01, PROVINCE",
            "001290012345, 1990-05-01, BIRTH_YEAR",
            "001091012345, 1990-05-01, BIRTH_YEAR"})
    void checksTheIdNumberStructureAgainstTheDateOfBirth(String number, LocalDate born, CitizenIdNumber.Problem expected) {
        assertThat(CitizenIdNumber.check(number, born)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "phone,    '0912 345 678',  an@example.vn, 0101234567,     ",
            "phone,    '+84 912.345.678', an@example.vn, 0101234567,   ",
            "phone,    '12345',         an@example.vn, 0101234567,     applicant.phone",
            "email,    '0912345678',    an@,           0101234567,     applicant.email",
            "business, '0912345678',    an@example.vn, 0101234567-001, ",
            "business, '0912345678',    an@example.vn, 01012345,       applicant.businessCode"})
    void checksPhoneEmailAndBusinessCode(String what, String phone, String email, String business, String field) {
        List<FieldViolation> errors = new ArrayList<>();
        Applicant a = ApplicantValidator.validate(new Applicant(ApplicantType.BUSINESS, null, business, "Công ty A",
                null, phone, email, null), TODAY, errors);

        if (field == null) {
            assertThat(errors).isEmpty();
            assertThat(a.phone()).matches("(\\+84|0)[0-9]+");
        } else {
            assertThat(errors).extracting(FieldViolation::field).containsExactly(field);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "%PDF-1.4,     application/pdf",
            "MZ...,        ",
            "PK..,         ",
            "GIF89a,       "})
    void recognisesFilesByContentOnly(String head, String type) {
        assertThat(FileInspector.mediaType(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isEqualTo(type);
        assertThat(FileInspector.mediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
    }
}
