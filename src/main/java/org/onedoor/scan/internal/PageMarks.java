package org.onedoor.scan.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.onedoor.scan.ArchivalPdfRequest.QrStamp;
import org.onedoor.scan.ArchivalPdfRequest.Watermark;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Watermarks and QR codes drawn over finished pages, in a content stream of their own appended to each page. */
final class PageMarks {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final byte[] FONT = load("/fonts/DejaVuSerif.ttf");

    private final PDDocument document;
    private PDFont font;

    PageMarks(PDDocument document) {
        this.document = document;
    }

    void watermark(PDPage page, Watermark mark) throws IOException {
        PDRectangle box = page.getCropBox();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(mark.opacity());
        translucent.setStrokingAlphaConstant(mark.opacity());
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            out.setGraphicsStateParameters(translucent);
            out.setNonStrokingColor(0.75f, 0f, 0f);
            PDFont f = font();
            if (mark.style() != Watermark.Style.FOOTER) {
                double angle = Math.atan2(box.getHeight(), box.getWidth());
                float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
                float size = Math.min(diagonal * 0.7f / (f.getStringWidth(mark.text()) / 1000f), diagonal / 8f);
                float textWidth = f.getStringWidth(mark.text()) / 1000f * size;
                float capHeight = size * 0.7f;
                // centre the text's baseline midpoint on the page centre, along the diagonal
                float cx = box.getLowerLeftX() + box.getWidth() / 2;
                float cy = box.getLowerLeftY() + box.getHeight() / 2;
                Matrix m = Matrix.getRotateInstance(angle, cx, cy);
                m.translate(-textWidth / 2, -capHeight / 2);
                out.beginText();
                out.setFont(f, size);
                out.setTextMatrix(m);
                out.showText(mark.text());
                out.endText();
            }
            if (mark.style() != Watermark.Style.DIAGONAL) {
                float size = Math.max(6f, Math.min(10f, box.getWidth() / 60f));
                float textWidth = f.getStringWidth(mark.text()) / 1000f * size;
                out.beginText();
                out.setFont(f, size);
                out.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - textWidth) / 2, box.getLowerLeftY() + 4 * POINTS_PER_MM);
                out.showText(mark.text());
                out.endText();
            }
        }
    }

    void qrCode(PDPage page, QrStamp stamp) throws IOException {
        PDRectangle box = page.getCropBox();
        float size = (float) (stamp.sizeMm() * POINTS_PER_MM);
        float x = box.getLowerLeftX() + (float) (stamp.leftMm() * POINTS_PER_MM);
        float y = box.getUpperRightY() - (float) (stamp.topMm() * POINTS_PER_MM) - size;
        PDImageXObject image = LosslessFactory.createFromImage(document, qrImage(stamp.content()));
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            out.drawImage(image, x, y, size, size);
            if (stamp.caption() != null && !stamp.caption().isBlank()) {
                PDFont f = font();
                float fontSize = 7f;
                float textWidth = f.getStringWidth(stamp.caption()) / 1000f * fontSize;
                out.setNonStrokingColor(0f, 0f, 0f);
                out.beginText();
                out.setFont(f, fontSize);
                out.newLineAtOffset(x + (size - textWidth) / 2, y - fontSize - 1);
                out.showText(stamp.caption());
                out.endText();
            }
        }
    }

    /** Module-sized pixels (no scaling blur); error correction M survives a crumpled print. */
    private static BufferedImage qrImage(String content) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 1));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR code: " + e.getMessage(), e);
        }
    }

    /** DejaVu Serif, embedded as a subset (PDF/A: every font embedded); covers Vietnamese and Indonesian. */
    private PDFont font() throws IOException {
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(FONT), true);
        }
        return font;
    }

    private static byte[] load(String resource) {
        try (InputStream in = PageMarks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
