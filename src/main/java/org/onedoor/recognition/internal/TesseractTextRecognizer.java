package org.onedoor.recognition.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.onedoor.recognition.OcrUnavailableException;
import org.onedoor.recognition.OcrUnavailableException.Reason;
import org.onedoor.recognition.RecognitionOptions;
import org.onedoor.recognition.RecognizedText;
import org.onedoor.recognition.TextRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR with the system {@code tesseract} (Debian's tesseract-ocr), one process per page, through a bounded pool:
 * at most {@code maxParallel} processes run at once, a page waits at most {@code queueWait} for a slot, and a
 * process is killed after {@code timeLimit}. Installation and languages are probed once at start; when Tesseract
 * is absent the application still runs and {@link #available()} is false (decision 0331).
 */
public class TesseractTextRecognizer implements TextRecognizer {

    private static final Logger log = LoggerFactory.getLogger(TesseractTextRecognizer.class);
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(10);

    private final RecognitionProperties properties;
    private final Semaphore slots;
    private final String version;
    private final Set<String> languages;
    private final String problem;

    public TesseractTextRecognizer(RecognitionProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.effectiveParallelism(), true);
        String foundVersion = null;
        Set<String> found = new TreeSet<>();
        String why = null;
        try {
            TesseractProcess.Result v = TesseractProcess.run(List.of(properties.executable(), "--version"), null,
                    PROBE_LIMIT);
            foundVersion = (v.stdout() + "\n" + v.stderr()).strip().lines().findFirst().orElse("").strip();
            TesseractProcess.Result langs = TesseractProcess.run(List.of(properties.executable(), "--list-langs"),
                    null, PROBE_LIMIT);
            langs.stdout().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(found::add);
            List<String> missing = properties.languages().stream().filter(l -> !found.contains(l)).toList();
            if (!missing.isEmpty()) {
                why = "language data missing: " + String.join(", ", missing);
            }
        } catch (IOException e) {
            foundVersion = null;
            why = "not installed: " + properties.executable() + " cannot be run (" + e.getMessage() + ")";
        } catch (TesseractProcess.TimedOut e) {
            foundVersion = null;
            why = properties.executable() + " did not answer within " + PROBE_LIMIT.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            foundVersion = null;
            why = "interrupted while probing";
        }
        this.version = foundVersion;
        this.languages = java.util.Collections.unmodifiableSet(found);
        this.problem = why;
        if (problem == null) {
            log.info("OCR available: {} with languages {}, {} at once, {} s per page", version, languages,
                    properties.effectiveParallelism(), properties.timeLimit().toSeconds());
        } else {
            log.warn("OCR unavailable: {}. Install the Debian packages tesseract-ocr, tesseract-ocr-vie, "
                    + "tesseract-ocr-eng and tesseract-ocr-ind.", problem);
        }
    }

    @Override
    public boolean available() {
        return problem == null;
    }

    /** Whether the executable ran at start (languages may still be missing). */
    public boolean installed() {
        return version != null;
    }

    /** Tesseract's version line, e.g. {@code tesseract 5.3.0}; null when not installed. */
    public String version() {
        return version;
    }

    /** Installed language data packs. */
    public Set<String> languages() {
        return languages;
    }

    /** Why OCR is unavailable; null when it is available. */
    public String problem() {
        return problem;
    }

    /** Pages running now (for the health details). */
    public int running() {
        return properties.effectiveParallelism() - slots.availablePermits();
    }

    @Override
    public RecognizedText recognize(BufferedImage page, RecognitionOptions options) {
        if (!installed()) {
            throw new OcrUnavailableException(Reason.NOT_INSTALLED, problem);
        }
        List<String> missing = options.languages().stream().filter(l -> !languages.contains(l)).toList();
        if (!missing.isEmpty() || options.languages().isEmpty()) {
            throw new OcrUnavailableException(Reason.LANGUAGE_MISSING, "language data missing: " + missing);
        }
        byte[] image = pgm(page); // encoded before taking a slot: the slot is for Tesseract's CPU time
        boolean acquired;
        try {
            acquired = slots.tryAcquire(properties.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrUnavailableException(Reason.BUSY, "interrupted while waiting for an OCR slot");
        }
        if (!acquired) {
            throw new OcrUnavailableException(Reason.BUSY, "all " + properties.effectiveParallelism()
                    + " OCR slots busy for " + properties.queueWait().toMillis() + " ms");
        }
        try {
            TesseractProcess.Result result = TesseractProcess.run(command(options), image, properties.timeLimit());
            if (result.exitCode() != 0) {
                throw new OcrUnavailableException(Reason.FAILED, "tesseract exited with " + result.exitCode()
                        + ": " + tail(result.stderr()));
            }
            return TsvReader.read(result.stdout());
        } catch (TesseractProcess.TimedOut e) {
            throw new OcrUnavailableException(Reason.TIMEOUT, "OCR of one page took more than "
                    + properties.timeLimit().toMillis() + " ms and was stopped");
        } catch (IOException e) {
            throw new OcrUnavailableException(Reason.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrUnavailableException(Reason.FAILED, "interrupted");
        } finally {
            slots.release();
        }
    }

    private List<String> command(RecognitionOptions options) {
        List<String> command = new ArrayList<>(List.of(properties.executable(), "stdin", "stdout",
                "-l", String.join("+", options.languages()), "--psm", String.valueOf(options.pageSegmentation()),
                "--dpi", String.valueOf(properties.dpi())));
        if (options.characterWhitelist() != null) {
            command.add("-c");
            command.add("tessedit_char_whitelist=" + options.characterWhitelist());
        }
        command.add("tsv");
        return command;
    }

    /**
     * The page as a binary greyscale PNM (P5): uncompressed, so encoding costs nothing next to OCR, and read by
     * Tesseract's image library from standard input.
     */
    static byte[] pgm(BufferedImage page) {
        // always redrawn: a caller's image may be colour, indexed or a sub-image sharing a larger raster
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(pixels, 0, out, header.length, pixels.length);
        return out;
    }

    private static String tail(String stderr) {
        String s = stderr.strip();
        return s.length() > 300 ? s.substring(s.length() - 300) : s;
    }
}
