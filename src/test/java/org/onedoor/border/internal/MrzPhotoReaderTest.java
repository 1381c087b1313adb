package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.border.MrzCamera;
import org.onedoor.recognition.internal.RecognitionProperties;
import org.onedoor.recognition.internal.TesseractTextRecognizer;

/**
 * OCR of a photographed zone: the zone rendered in a monospace font (DejaVu Sans Mono, close to OCR-B) as a camera
 * would see it (slightly rotated, grey background, blur of scaling), read back by Tesseract. Skips without
 * tesseract or the font. Known limits with this font (decision 0503): a TD1 card's zone sometimes gains a
 * character, and {@code N<A} may read as {@code NK<A}; a real OCR-B font or a trained MRZ model does better.
 */
class MrzPhotoReaderTest {

    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    private static TesseractTextRecognizer ocr;

    static final String VN_PASSPORT = "P<VNMTRAN<<THI<MAI<<<<<<<<<<<<<<<<<<<<<<<<<<\nC1234567<0VNM8003041M3408157<<<<<<<<<<<<<<<2";

    @BeforeAll
    static void tesseract() {
        ocr = new TesseractTextRecognizer(RecognitionProperties.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {MrzCorrectorTest.TD3, VN_PASSPORT})
    void aPhotographedZoneIsReadBackExactly(String zone) throws Exception {
        Assumptions.assumeTrue(ocr.available(), "tesseract with vie/eng/ind data is not installed: " + ocr.problem());
        Assumptions.assumeTrue(FONT.exists(), "DejaVu Sans Mono (fonts-dejavu-core) is not installed");
        MrzCamera.Reading reading = new MrzPhotoReader(ocr).read(photo(zone));
        assertThat(reading.available()).isTrue();
        assertThat(reading.text()).isEqualTo(zone);
        assertThat(reading.document()).isNotNull();
        assertThat(reading.document().problems()).as(reading.corrections().toString())
                .allMatch(v -> !v.messageKey().contains("check"));
    }

    @Test
    void fillersLostOrGainedByOcrAreRestoredWhereTheyBelong() {
        String line2 = "C1234567<0VNM8003041F3408157<<<<<<<<<<<<<<<2";
        assertThat(MrzPhotoReader.fit(line2.replace("<<<<<<<<<<<<<<<2", "<<<<<<<<<<<<<2"), 44)).isEqualTo(line2);
        assertThat(MrzPhotoReader.fit(line2.replace("<<<<<<<<<<<<<<<2", "<<<<<<<<<<<<<<<<2"), 44)).isEqualTo(line2);
        assertThat(MrzPhotoReader.fit("P<VNMTRAN<<THI<MAI<<<<<<<<", 44)).isEqualTo("P<VNMTRAN<<THI<MAI" + "<".repeat(26));
    }

    @Test
    void aPhotoWithoutAZoneSaysSo() throws Exception {
        Assumptions.assumeTrue(ocr.available(), "tesseract with vie/eng/ind data is not installed: " + ocr.problem());
        BufferedImage blank = new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 200);
        g.dispose();
        MrzCamera.Reading reading = new MrzPhotoReader(ocr).read(blank);
        assertThat(reading.available()).isTrue();
        assertThat(reading.problem()).isEqualTo("border.ocr.noZone");
    }

    @Test
    void withoutTesseractTheReadingSaysWhy() {
        var missing = new TesseractTextRecognizer(new RecognitionProperties("no-such-tesseract-here",
                List.of("eng"), 1, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5), 60, 300));
        MrzCamera.Reading reading = new MrzPhotoReader(missing).read(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(reading.available()).isFalse();
        assertThat(reading.problem()).isEqualTo("border.ocr.unavailable");
    }

    static BufferedImage photo(String zone) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, FONT).deriveFont(28f);
        String[] lines = zone.split("\n");
        BufferedImage image = new BufferedImage(1000, 60 + 44 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(232, 228, 220)); // the document's paper, not pure white
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.transform(AffineTransform.getRotateInstance(Math.toRadians(0.6)));
        g.setFont(font);
        g.setColor(new Color(30, 30, 40));
        // one character per cell at a fixed pitch a little wider than the glyphs, as OCR-B is printed
        int pitch = (int) Math.round(g.getFontMetrics().charWidth('M') * 1.15);
        for (int i = 0; i < lines.length; i++) {
            for (int c = 0; c < lines[i].length(); c++) {
                g.drawString(String.valueOf(lines[i].charAt(c)), 30 + c * pitch, 50 + 44 * i);
            }
        }
        g.dispose();
        return image;
    }
}
