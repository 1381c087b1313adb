package org.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đăng ký khai sinh                                | dang ky khai sinh
            ĐĂNG KÝ KẾT HÔN                                  | dang ky ket hon
            đường                                            | duong
            Chứng thực bản sao từ bản chính                  | chung thuc ban sao tu ban chinh
            Cấp hộ chiếu phổ thông                           | cap ho chieu pho thong
            Xuất nhập cảnh                                   | xuat nhap canh
            Giấy thông hành biên giới Việt Nam – Campuchia   | giay thong hanh bien gioi viet nam campuchia
            Cấp giấy phép xây dựng (nhà ở riêng lẻ)          | cap giay phep xay dung nha o rieng le
            Ủy quyền; Ưu tiên, Ỷ lại, ỹ, Ỵ                   | uy quyen uu tien y lai y y
            1.001193.000.00.00.H38                           | 1.001193.000.00.00.h38
            '  nhiều    khoảng   trắng  '                    | nhieu khoang trang
            Birth Registration                               | birth registration
            """)
    void foldsDiacriticsCaseAndPunctuation(String text, String folded) {
        assertThat(SearchText.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đăng ký khai sinh");
        assertThat(SearchText.fold(decomposed)).isEqualTo("dang ky khai sinh");
    }

    @Test
    void dropsDotsThatAreNotInsideACode() {
        assertThat(SearchText.fold("Hộ tịch. Khai sinh...")).isEqualTo("ho tich khai sinh");
        assertThat(SearchText.fold(".1.001193.")).isEqualTo("1.001193");
    }

    @Test
    void nullAndBlankFoldToEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.fold(" – ; ")).isEmpty();
        assertThat(SearchText.words("   ")).isEmpty();
    }

    @Test
    void splitsAQueryIntoDistinctFoldedWords() {
        assertThat(SearchText.words("Đăng KÝ  đăng khai-sinh")).containsExactly("dang", "ky", "khai", "sinh");
    }
}
