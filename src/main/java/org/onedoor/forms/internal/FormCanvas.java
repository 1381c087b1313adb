package org.onedoor.forms.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-to-bottom writer on PDF pages: wrapped paragraphs in the embedded fonts, centred lines, tables whose header
 * repeats on each page, images, and a new page whenever the next thing does not fit. Coordinates are PDF points
 * with y growing upwards; {@link #y()} is the top of the free space.
 */
final class FormCanvas implements AutoCloseable {

    static final PDRectangle A5 = PDRectangle.A5;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    /** Space kept free at the bottom of each page for the footer line. */
    private static final float FOOTER = 22;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float margin;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream content;
    private float y;

    FormCanvas(PDRectangle size, float margin) {
        this.size = size;
        this.margin = margin;
        try {
            this.regular = FormFonts.regular(document);
            this.bold = FormFonts.bold(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    PDDocument document() {
        return document;
    }

    float left() {
        return margin;
    }

    float width() {
        return size.getWidth() - 2 * margin;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensureSpace(float height) {
        if (y - height < margin + FOOTER) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float width(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float lineHeight(float fontSize) {
        return fontSize * 1.3f;
    }

    /** Draws one line with its baseline at {@code baseline}. */
    void text(String text, PDFont font, float fontSize, float x, float baseline) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws {@code text} wrapped and centred in the column [x, x + columnWidth] from the top {@code top};
     * returns the height used. Does not move the cursor (header columns are laid side by side).
     */
    float centredAt(String text, PDFont font, float fontSize, float x, float columnWidth, float top) {
        float used = 0;
        for (String line : TextWrap.lines(text, font, fontSize, columnWidth)) {
            used += lineHeight(fontSize);
            text(line, font, fontSize, x + (columnWidth - width(line, font, fontSize)) / 2, top - used + fontSize * 0.3f);
        }
        return used;
    }

    /** A centred, wrapped paragraph across the full width, moving the cursor. */
    void centred(String text, PDFont font, float fontSize) {
        List<String> lines = TextWrap.lines(text, font, fontSize, width());
        ensureSpace(lines.size() * lineHeight(fontSize));
        y -= centredAt(text, font, fontSize, left(), width(), y);
    }

    /** A left-aligned paragraph of mixed regular and bold runs, wrapped, indented by {@code indent}. */
    void paragraph(float fontSize, float indent, TextWrap.Run... runs) {
        List<List<TextWrap.Word>> lines = TextWrap.lines(List.of(runs), fontSize, width() - indent);
        for (List<TextWrap.Word> line : lines) {
            ensureSpace(lineHeight(fontSize));
            y -= lineHeight(fontSize);
            float x = left() + indent;
            for (TextWrap.Word word : line) {
                text(word.text(), word.font(), fontSize, x, y + fontSize * 0.3f);
                x += width(word.text(), word.font(), fontSize) + width(" ", word.font(), fontSize);
            }
        }
    }

    void paragraph(String text, float fontSize) {
        paragraph(fontSize, 0, new TextWrap.Run(text, regular));
    }

    /** "Label: value" with the value in bold; nothing when the value is blank. */
    void field(String label, String value, float fontSize) {
        if (value == null || value.isBlank()) {
            return;
        }
        paragraph(fontSize, 0, new TextWrap.Run(label + ":", regular), new TextWrap.Run(value, bold));
    }

    void line(float x1, float y1, float x2, float y2, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rectangle(float x, float bottom, float w, float h) {
        try {
            content.setLineWidth(0.5f);
            content.addRect(x, bottom, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void image(PDImageXObject image, float x, float bottom, float side) {
        try {
            content.drawImage(image, x, bottom, side, side);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bordered table: column widths as fractions of the page width, a bold header row repeated at the top of
     * every page, cells wrapped, rows never split across pages.
     */
    void table(float[] fractions, List<String> header, List<List<String>> rows, float fontSize) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * width();
        }
        row(widths, header, bold, fontSize, true);
        for (List<String> cells : rows) {
            float height = rowHeight(widths, cells, regular, fontSize);
            if (y - height < margin + FOOTER) {
                newPage();
                row(widths, header, bold, fontSize, true);
            }
            row(widths, cells, regular, fontSize, false);
        }
    }

    private float rowHeight(float[] widths, List<String> cells, PDFont font, float fontSize) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, TextWrap.lines(cell(cells, i), font, fontSize, widths[i] - 4).size());
        }
        return lines * lineHeight(fontSize) + 4;
    }

    private void row(float[] widths, List<String> cells, PDFont font, float fontSize, boolean centre) {
        float height = rowHeight(widths, cells, font, fontSize);
        ensureSpace(height);
        float x = left();
        for (int i = 0; i < widths.length; i++) {
            rectangle(x, y - height, widths[i], height);
            float top = y - 2;
            for (String line : TextWrap.lines(cell(cells, i), font, fontSize, widths[i] - 4)) {
                top -= lineHeight(fontSize);
                float offset = centre ? (widths[i] - width(line, font, fontSize)) / 2 : 2;
                text(line, font, fontSize, x + offset, top + fontSize * 0.3f);
            }
            x += widths[i];
        }
        y -= height;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }

    /** Closes the last page, writes a footer on every page (its text gets page number and count) and saves. */
    byte[] finish(java.util.function.BiFunction<Integer, Integer, String> footer) {
        try {
            content.close();
            int count = document.getNumberOfPages();
            List<PDPage> pages = new ArrayList<>();
            document.getPages().forEach(pages::add);
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    float fontSize = 6f;
                    List<String> lines = TextWrap.lines(footer.apply(i + 1, count), regular, fontSize, width());
                    for (int line = 0; line < lines.size(); line++) {
                        footerStream.beginText();
                        footerStream.setFont(regular, fontSize);
                        footerStream.newLineAtOffset(left(), margin - 6 + (lines.size() - 1 - line) * lineHeight(fontSize));
                        footerStream.showText(lines.get(line));
                        footerStream.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DejaVu Serif faces shipped in {@code classpath:fonts/}, embedded as subsets (Type 0 / CID fonts). */
    static final class FormFonts {

        private static final byte[] REGULAR = load("/fonts/DejaVuSerif.ttf");
        private static final byte[] BOLD = load("/fonts/DejaVuSerif-Bold.ttf");

        private FormFonts() {
        }

        static PDFont regular(PDDocument document) throws IOException {
            return PDType0Font.load(document, new java.io.ByteArrayInputStream(REGULAR), true);
        }

        static PDFont bold(PDDocument document) throws IOException {
            return PDType0Font.load(document, new java.io.ByteArrayInputStream(BOLD), true);
        }

        private static byte[] load(String resource) {
            try (var in = FormFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
