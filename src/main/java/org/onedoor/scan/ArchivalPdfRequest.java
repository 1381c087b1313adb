package org.onedoor.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to put into an archival PDF. Build with {@link #of} and the {@code with…} methods.
 *
 * @param title        document title (XMP dc:title and the document information), e.g. "Bản sao điện tử HN-2026-000123"
 * @param pages        scanned pages, in order, each becoming one page of its physical size
 * @param appendedPdf  a PDF whose pages are appended after the scanned pages (its fonts must be embedded), or null
 * @param watermark    drawn on every page, or null for none
 * @param qrCodes      QR codes to place; page indexes count the appended pages too
 */
public record ArchivalPdfRequest(String title, List<ScannedPage> pages, byte[] appendedPdf, Watermark watermark,
        List<QrStamp> qrCodes) {

    public ArchivalPdfRequest {
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(pages);
        qrCodes = List.copyOf(qrCodes);
        if (pages.isEmpty() && appendedPdf == null) {
            throw new IllegalArgumentException("an archival PDF needs at least one page");
        }
    }

    public static ArchivalPdfRequest of(String title, List<ScannedPage> pages) {
        return new ArchivalPdfRequest(title, pages, null, null, List.of());
    }

    public ArchivalPdfRequest withAppendedPdf(byte[] pdf) {
        return new ArchivalPdfRequest(title, pages, pdf, watermark, qrCodes);
    }

    public ArchivalPdfRequest withWatermark(Watermark mark) {
        return new ArchivalPdfRequest(title, pages, appendedPdf, mark, qrCodes);
    }

    public ArchivalPdfRequest withQrCode(QrStamp stamp) {
        List<QrStamp> all = new ArrayList<>(qrCodes);
        all.add(stamp);
        return new ArchivalPdfRequest(title, pages, appendedPdf, watermark, all);
    }

    /**
     * A text drawn over every page, semi-transparent (PDF/A-2 allows transparency), e.g. "TTPVHCC".
     *
     * @param text     the text; any Vietnamese characters (embedded DejaVu Serif)
     * @param style    diagonal across the page, a footer line, or both
     * @param opacity  0 (invisible) to 1 (opaque); 0.2 reads through without hiding the scan
     */
    public record Watermark(String text, Style style, float opacity) {

        public enum Style { DIAGONAL, FOOTER, DIAGONAL_AND_FOOTER }

        public Watermark {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("watermark text must not be blank");
            }
            Objects.requireNonNull(style, "style");
            if (!(opacity > 0 && opacity <= 1)) {
                throw new IllegalArgumentException("opacity must be in (0, 1]: " + opacity);
            }
        }

        public static Watermark diagonal(String text) {
            return new Watermark(text, Style.DIAGONAL, 0.2f);
        }
    }

    /**
     * A QR code and an optional caption under it, positioned from the page's top-left corner in millimetres.
     *
     * @param pageIndex zero-based index in the final document (scanned pages first, then appended ones);
     *                  negative counts from the end (-1 = last page)
     * @param content   what the QR code encodes, e.g. the public verification URL
     * @param caption   text under the code (e.g. the identification code), or null
     * @param leftMm    distance of the code's left edge from the page's left edge
     * @param topMm     distance of the code's top edge from the page's top edge
     * @param sizeMm    side of the (square) code; 20 mm scans well from print
     */
    public record QrStamp(int pageIndex, String content, String caption, double leftMm, double topMm, double sizeMm) {

        public QrStamp {
            if (content == null || content.isEmpty()) {
                throw new IllegalArgumentException("QR content must not be empty");
            }
            if (!(sizeMm > 0) || leftMm < 0 || topMm < 0) {
                throw new IllegalArgumentException("QR position and size must be positive");
            }
        }
    }
}
