package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.catalog.Fee;

class CopyFeeTest {

    static final List<Fee> CIRCULAR_226 = List.of(new Fee("trang 1-2", "pages 1-2", BigDecimal.valueOf(2000)),
            new Fee("từ trang 3", "from page 3", BigDecimal.valueOf(1000)));

    @ParameterizedTest(name = "{0} page(s) cost {1} VND")
    @CsvSource({"1, 2000", "2, 2000", "3, 3000", "10, 10000", "198, 198000", "199, 199000", "200, 200000", "500, 200000"})
    void firstTwoPagesTogetherThenPerPageUpToTheCap(int pages, long fee) {
        assertThat(CopyFee.of(CIRCULAR_226, pages)).isEqualTo(fee);
    }

    @ParameterizedTest
    @CsvSource({"1", "5"})
    void aProcedureWithoutFeesIsFree(int pages) {
        assertThat(CopyFee.of(List.of(), pages)).isZero();
    }
}
