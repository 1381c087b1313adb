package org.onedoor.border;

/**
 * What the goods lane scanned: the QR code of a consignment ({@code BG-…}) or vehicle ({@code BV-…}) declaration,
 * and/or the plate (typed by the guard or read by the {@link PlateRecognizer}).
 *
 * @param direction the lane's direction; null takes the declaration's
 */
public record GoodsScanInput(String reference, String plate, Direction direction) {
}
