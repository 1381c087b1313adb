package org.onedoor.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onedoor.common.FieldViolation;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Refusals read well in each language, with the numbers the citizen needs (dpi found, pixel sizes, limits). */
class ScanMessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ScanMessagesTest() {
        messages.setBasename("i18n/scan");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String text(FieldViolation v, String language) {
        return messages.getMessage(v.messageKey(), v.args(), Locale.forLanguageTag(language));
    }

    @Test
    void aDecompressionBombIsExplainedWithItsDeclaredSize() {
        FieldViolation bomb = Rejection.of("tooManyPixels", 1, 50_000L, 50_000L, 40L).violations().get(0);

        assertThat(text(bomb, "vi")).isEqualTo("Trang 1 có kích thước 50.000 × 50.000 điểm ảnh, vượt quá giới hạn 40 megapixel mỗi trang.");
        assertThat(text(bomb, "en")).isEqualTo("Page 1 measures 50,000 × 50,000 pixels, more than the limit of 40 megapixels per page.");
        assertThat(text(bomb, "id")).contains("50.000 × 50.000 piksel");
    }

    @Test
    void aLowResolutionSaysTheDpiFoundAndTheMinimum() {
        FieldViolation low = Rejection.of("lowResolution", 2, 150L, 200).violations().get(0);

        assertThat(text(low, "en")).isEqualTo("Page 2 has a resolution of 150 dpi, below the minimum of 200 dpi. Please scan again at 200 dpi or more.");
        assertThat(text(low, "vi")).contains("150 dpi").contains("200 dpi");
    }
}
