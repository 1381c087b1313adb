package org.onedoor.border.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({"Nguyễn, Nguyen", "Phạm, Pham", "Chanthou, Chanthu", "Huỳnh, Huinh", "Đặng, Dang", "Lý, Li",
            "Phong, Fong", "Khiev, Kiev", "Cường, Kuong", "Sokha, Sokkha"})
    void romanisationsOfOneNameShareAKey(String a, String b) {
        assertThat(Names.key(Names.words(a).get(0))).isEqualTo(Names.key(Names.words(b).get(0)));
    }

    @ParameterizedTest
    @CsvSource({"NGUIEN, NGIUEN, 1", "NGUIEN, NGUEN, 1", "NGUIEN, NGUIENN, 1", "FAM, FAN, 1", "AN, AN, 0",
            "NGUIEN, NGUEIN, 1", "TRAN, TARN, 1", "TRAN, TRANG, 1", "TRAN, TRUNG, 2", "AN, ANH, 1", "LE, LAM, 2"})
    void distanceCountsOneEditIncludingAdjacentSwaps(String a, String b, int expected) {
        assertThat(Names.distance(a, b)).isEqualTo(expected);
        assertThat(Names.distance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'NGUYEN VAN AN', 1980-03-04", "'an nguyen van', 1980-03-04", "'Ngyuen Van An', 1980-03-04",
            "'NGUYỄN VĂN AN', 1980-04-03", "'Nguyen Van An', "})
    void findsTheListedPersonDespiteVariants(String query, LocalDate dob) {
        NameIndex index = new NameIndex();
        index.put(7, "Nguyễn Văn An", LocalDate.of(1980, 3, 4), "VNM");
        index.put(8, "Nguyễn Văn Bình", LocalDate.of(1980, 3, 4), "VNM");
        assertThat(index.search(query, dob, "VNM", 5)).extracting(NameIndex.Match::id).containsExactly(7L);
    }

    @ParameterizedTest
    @CsvSource({"'Nguyen Van An', 1981-03-04, VNM", "'Nguyen Van An', 1980-03-04, KHM", "'Tran Thi Mai', 1980-03-04, VNM"})
    void dateOfBirthAndNationalityNarrow(String query, LocalDate dob, String nationality) {
        NameIndex index = new NameIndex();
        index.put(7, "Nguyễn Văn An", LocalDate.of(1980, 3, 4), "VNM");
        assertThat(index.search(query, dob, nationality, 5)).isEmpty();
    }
}
