package org.onedoor.signing.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import javax.imageio.ImageIO;

/**
 * Demo signature and seal images drawn with Java2D (transparent PNGs): a blue hand-writing-like signature of
 * the officer's name, and a red round seal with a star and the agency's name. Written once next to the demo keys.
 */
public final class DemoImages {

    private static final Color SIGNATURE_BLUE = new Color(0x1a, 0x3c, 0xb4);
    private static final Color SEAL_RED = new Color(0xd0, 0x10, 0x10);

    private DemoImages() {
    }

    public static Path signature(Path directory, String key, String fullName) {
        return cached(directory.resolve("images").resolve("signature-" + key + ".png"), () -> drawSignature(fullName));
    }

    public static Path seal(Path directory, String key, String agencyName) {
        return cached(directory.resolve("images").resolve("seal-" + key + ".png"), () -> drawSeal(agencyName));
    }

    private interface Drawing {
        BufferedImage draw();
    }

    private static synchronized Path cached(Path file, Drawing drawing) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                ImageIO.write(drawing.draw(), "png", temp.toFile());
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static BufferedImage drawSignature(String fullName) {
        BufferedImage image = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image, SIGNATURE_BLUE);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // a flourish whose shape depends on the name, so demo signatures differ
        int seed = Math.abs(fullName.hashCode());
        Path2D flourish = new Path2D.Double();
        flourish.moveTo(30, 90);
        for (int i = 0; i < 6; i++) {
            int x = 60 + i * 45;
            int up = 20 + (seed >> i) % 35;
            flourish.curveTo(x - 20, 90 - up, x, 100 + (seed >> (i + 3)) % 20, x + 15, 75);
        }
        flourish.quadTo(320, 40, 340, 60);
        g.draw(flourish);
        g.setFont(font("/fonts/DejaVuSerif.ttf", Font.SERIF).deriveFont(30f));
        g.setTransform(AffineTransform.getShearInstance(-0.25, 0));
        g.drawString(lastWord(fullName), 110, 125);
        g.dispose();
        return image;
    }

    static BufferedImage drawSeal(String agencyName) {
        int size = 300;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image, SEAL_RED);
        g.setStroke(new BasicStroke(8f));
        g.drawOval(8, 8, size - 16, size - 16);
        g.setStroke(new BasicStroke(3f));
        g.drawOval(40, 40, size - 80, size - 80);
        g.fill(star(size / 2.0, size / 2.0 - 30, 34, 14));
        g.setFont(font("/fonts/DejaVuSerif-Bold.ttf", Font.SANS_SERIF).deriveFont(15f));
        FontMetrics metrics = g.getFontMetrics();
        int y = size / 2 + 30;
        for (String line : lines(Normalizer.normalize(agencyName, Normalizer.Form.NFC).toUpperCase(java.util.Locale.ROOT), 14)) {
            g.drawString(line, (size - metrics.stringWidth(line)) / 2, y);
            y += metrics.getHeight();
            if (y > size - 60) {
                break;
            }
        }
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour);
        return g;
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    private static java.util.List<String> lines(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    /** DejaVu (the forms' font, on the class path) has the Vietnamese glyphs a server's logical fonts may lack. */
    private static Font font(String resource, String fallback) {
        try (java.io.InputStream in = DemoImages.class.getResourceAsStream(resource)) {
            return in == null ? new Font(fallback, Font.PLAIN, 12) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            return new Font(fallback, Font.PLAIN, 12);
        }
    }
}
