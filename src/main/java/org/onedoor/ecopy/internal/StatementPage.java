package org.onedoor.ecopy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certification statement as one A4 page (fonts embedded, as PDF/A requires): lines in upper case (the
 * headings of the official form) centred in bold, the others left-aligned and wrapped, 13 pt serif.
 */
final class StatementPage {

    private static final byte[] REGULAR = load("/fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSerif-Bold.ttf");
    private static final float MARGIN = 70;
    private static final float SIZE = 12.5f;
    private static final float LEADING = 18;

    private StatementPage() {
    }

    static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font regular = PDType0Font.load(doc, new java.io.ByteArrayInputStream(REGULAR), true);
            PDType0Font bold = PDType0Font.load(doc, new java.io.ByteArrayInputStream(BOLD), true);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (String line : lines) {
                    boolean heading = !line.isBlank() && line.equals(line.toUpperCase()) && line.chars().anyMatch(Character::isLetter);
                    PDType0Font font = heading ? bold : regular;
                    for (String part : wrap(line, font, width)) {
                        float w = font.getStringWidth(part) / 1000 * SIZE;
                        float x = heading ? MARGIN + (width - w) / 2 : MARGIN;
                        content.beginText();
                        content.setFont(font, SIZE);
                        content.newLineAtOffset(x, y);
                        content.showText(part);
                        content.endText();
                        y -= LEADING;
                    }
                    if (line.isBlank()) {
                        y -= LEADING / 2;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float width) throws IOException {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                parts.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static byte[] load(String resource) {
        try (InputStream in = StatementPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
