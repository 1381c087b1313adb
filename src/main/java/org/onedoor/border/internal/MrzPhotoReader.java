package org.onedoor.border.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onedoor.border.MrzCamera;
import org.onedoor.iddocument.DocumentReadException;
import org.onedoor.iddocument.Mrz;
import org.onedoor.recognition.OcrUnavailableException;
import org.onedoor.recognition.RecognitionOptions;
import org.onedoor.recognition.RecognizedText;
import org.onedoor.recognition.TextRecognizer;
import org.springframework.stereotype.Component;

/**
 * The camera's MRZ reader: Tesseract on one block of text ({@code --psm 6}) with the MRZ alphabet only, the zone
 * found among the lines, its line lengths fitted, then {@link MrzCorrector}. Small photos (under 800 pixels wide) are enlarged first:
 * Tesseract reads best with characters about 30 pixels high.
 */
@Component
class MrzPhotoReader implements MrzCamera {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final int MIN_WIDTH = 800;

    private final TextRecognizer ocr;

    MrzPhotoReader(TextRecognizer ocr) {
        this.ocr = ocr;
    }

    @Override
    public Reading read(BufferedImage photo) {
        if (!ocr.available()) {
            return new Reading(false, null, null, List.of(), "border.ocr.unavailable");
        }
        RecognizedText text;
        try {
            text = ocr.recognize(enlarged(photo), new RecognitionOptions(List.of("eng"), ALPHABET, 6));
        } catch (OcrUnavailableException e) {
            return new Reading(false, null, null, List.of(), "border.ocr.unavailable");
        }
        Optional<String> zone = find(text.lines());
        if (zone.isEmpty()) {
            return new Reading(true, null, null, List.of(), "border.ocr.noZone");
        }
        MrzCorrector.Result corrected = MrzCorrector.correct(zone.get());
        try {
            return new Reading(true, corrected.text(), Mrz.parse(corrected.text()), corrected.corrections(), null);
        } catch (DocumentReadException e) {
            return new Reading(true, corrected.text(), null, corrected.corrections(), "border.ocr.noZone");
        }
    }

    /**
     * The last two or three consecutive lines that look like a zone (MRZ alphabet, at least 26 characters, a
     * filler), each {@linkplain #fit fitted} to the format width.
     */
    static Optional<String> find(List<String> lines) {
        List<String> run = new ArrayList<>();
        List<String> best = List.of();
        for (String line : lines) {
            String s = line.toUpperCase(Locale.ROOT).replace(" ", "");
            if (s.length() >= 26 && s.matches("[A-Z0-9<]+") && s.contains("<")) {
                run.add(s);
                if (run.size() >= 2 && run.size() <= 3 && run.size() >= best.size()) {
                    best = List.copyOf(run);
                }
            } else {
                run.clear();
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        // OCR often miscounts long runs of fillers (the name line's tail): the longest line tells the format
        int longest = best.stream().mapToInt(String::length).max().orElse(0);
        int width = best.size() == 3 ? 30 : Math.abs(longest - 36) <= Math.abs(longest - 44) ? 36 : 44;
        List<String> fitted = new ArrayList<>();
        for (String l : best) {
            fitted.add(fit(l, width));
        }
        return Optional.of(String.join("\n", fitted));
    }

    /**
     * Fits a line to the width by fillers: at the end when the line ends in fillers, otherwise in its longest run of
     * fillers, where OCR loses or adds them (a TD3 personal number of fourteen fillers read as thirteen).
     */
    static String fit(String line, int width) {
        String s = line;
        while (s.length() > width && s.endsWith("<")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() < width && s.endsWith("<")) {
            return s + "<".repeat(width - s.length());
        }
        if (s.length() != width) {
            int start = -1;
            int length = 0;
            for (int i = 0; i < s.length(); ) {
                int j = i;
                while (j < s.length() && s.charAt(j) == '<') {
                    j++;
                }
                if (j - i > length) {
                    start = i;
                    length = j - i;
                }
                i = j == i ? i + 1 : j;
            }
            int missing = width - s.length();
            if (start >= 0 && length >= 2 && (missing > 0 || length + missing >= 1)) {
                s = s.substring(0, start) + "<".repeat(length + missing) + s.substring(start + length);
            }
        }
        return s;
    }

    private static BufferedImage enlarged(BufferedImage photo) {
        if (photo.getWidth() >= MIN_WIDTH) {
            return photo;
        }
        double scale = (double) MIN_WIDTH / photo.getWidth();
        BufferedImage out = new BufferedImage(MIN_WIDTH, (int) Math.round(photo.getHeight() * scale),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(photo, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
