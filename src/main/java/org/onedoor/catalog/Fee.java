package org.onedoor.catalog;

import java.math.BigDecimal;

/** A fee or charge ("phí, lệ phí") in Vietnamese đồng, with the case it applies to. */
public record Fee(String description, String descriptionEn, BigDecimal amountVnd) {
}
