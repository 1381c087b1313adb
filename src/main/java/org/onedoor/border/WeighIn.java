package org.onedoor.border;

import java.math.BigDecimal;

/**
 * What the goods lane checks after the scan.
 *
 * @param netTonnes           the goods' net weight from the weighbridge ticket; null reads the {@link WeighScale}
 * @param hsCode              the commodity the guard sees (HS code), null when not checked
 * @param customsDeclaration  the customs declaration number (số tờ khai hải quan, VNACCS: 12 digits, 1… import,
 *                            3… export); needed to clear goods
 */
public record WeighIn(BigDecimal netTonnes, String hsCode, String customsDeclaration) {
}
