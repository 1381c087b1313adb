package org.onedoor.recognition;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders test documents from text with Java2D and the DejaVu Serif fonts the application ships: black text on
 * white at a given resolution, so OCR accuracy is measured against a known ground truth.
 */
final class PageRenderer {

    /** One line of a document: text, size in points, bold, centred. */
    record Line(String text, float points, boolean bold, boolean centred) {

        static Line title(String text, float points) {
            return new Line(text, points, true, true);
        }

        static Line body(String text, float points) {
            return new Line(text, points, false, false);
        }

        static Line strong(String text, float points) {
            return new Line(text, points, true, false);
        }
    }

    /** A rendered page and the text it shows (lines separated by {@code \n}). */
    record Page(BufferedImage image, String groundTruth) {
    }

    private static final Font REGULAR = font("/fonts/DejaVuSerif.ttf");
    private static final Font BOLD = font("/fonts/DejaVuSerif-Bold.ttf");

    private PageRenderer() {
    }

    static Page render(List<Line> lines, double widthMm, double heightMm, double marginMm, int dpi) {
        int width = px(widthMm, dpi);
        int height = px(heightMm, dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        int left = px(marginMm, dpi);
        double y = px(marginMm, dpi);
        StringBuilder truth = new StringBuilder();
        for (Line line : lines) {
            Font font = (line.bold() ? BOLD : REGULAR).deriveFont(line.points() * dpi / 72f);
            g.setFont(font);
            y += font.getSize2D() * 1.6;
            if (line.text().isEmpty()) {
                continue;
            }
            int textWidth = g.getFontMetrics().stringWidth(line.text());
            if (textWidth > width - 2 * left || y > height - left) {
                throw new IllegalArgumentException("does not fit on the page: " + line.text());
            }
            int x = line.centred() ? (width - textWidth) / 2 : left;
            g.drawString(line.text(), x, (float) y);
            truth.append(truth.isEmpty() ? "" : "\n").append(line.text());
        }
        g.dispose();
        return new Page(image, truth.toString());
    }

    /**
     * The page as a cheap scanner would give it: off-white paper, grey text, Gaussian sensor noise and dust
     * specks, from a seeded generator so the measured accuracy is repeatable.
     */
    static Page scanned(Page page, long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage in = page.image();
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int ink = 255 - (in.getRGB(x, y) & 0xFF); // 0 paper … 255 full ink
                double grey = 235 - ink * (235 - 60) / 255.0 + random.nextGaussian() * 18;
                if (random.nextInt(1000) == 0) {
                    grey = 40; // a speck of dust
                }
                int v = (int) Math.max(0, Math.min(255, grey));
                out.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return new Page(out, page.groundTruth());
    }

    private static int px(double mm, int dpi) {
        return (int) Math.round(mm / 25.4 * dpi);
    }

    private static Font font(String resource) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
