package org.onedoor.border;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an exporter or importer declares online for a consignment (tờ khai lô hàng). Fields may be null: each
 * missing or malformed one is reported as a field violation (keys {@code border.goods.error.*}).
 *
 * @param hsCode   4, 6 or 8 digits, dots and spaces allowed ({@code 0801.31.00}); must belong to a commodity of the
 *                 gate's table ({@link GoodsDeclarations#commodities()})
 * @param unit     UN/ECE unit code of {@code quantity} (TNE, KGM, PCE, UNT, MWH, LTR, PKG); null takes the
 *                 commodity's
 * @param tonnes   net weight in tonnes, what the weighbridge checks
 * @param plates   the vehicles that carry it (plates as painted); may be empty only for what is not carried
 *                 through the lanes (electricity)
 */
public record ConsignmentRequest(String gate, Direction direction, Trader exporter, Trader importer, String hsCode,
        String description, BigDecimal quantity, String unit, BigDecimal tonnes, List<String> plates,
        TripValidity validity, String language) {
}
