package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.FieldViolation;

/** A citizen's phone and e-mail as typed. */
class ContactsTest {

    @ParameterizedTest(name = "phone [{0}] e-mail [{1}] → errors [{2}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "0912 345 678|null|",
            "+84 912.345.678|null|",
            "null|an@example.vn|",
            "0912345678|an@example.vn|",
            "null|null|phone",
            "  |  |phone",
            "12345|null|phone",
            "09123abc78|null|phone",
            "null|not-an-address|email",
            "0912345678|a@b|email"})
    void checked(String phone, String email, String errors) {
        List<FieldViolation> violations = new ArrayList<>();
        Contacts c = Contacts.of(phone, email, "en", violations);
        assertThat(violations).extracting(FieldViolation::field)
                .containsExactlyElementsOf(errors == null ? List.of() : List.of(errors.split(",")));
        if (errors == null && phone != null) {
            assertThat(c.phone()).matches("\\+?[0-9]+");
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"en, en", "id-ID, id", "vi, vi", "fr, vi", "null, vi", "EN, en"})
    void locales(String given, String expected) {
        assertThat(Contacts.locale(given)).isEqualTo(expected);
    }
}
