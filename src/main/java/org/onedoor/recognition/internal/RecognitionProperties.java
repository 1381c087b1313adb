package org.onedoor.recognition.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of OCR ({@code onedoor.recognition.*}).
 *
 * @param executable          the Tesseract command: a name looked up on the PATH or an absolute path
 * @param languages           language data packs that must be installed for OCR to count as available
 * @param maxParallel         Tesseract processes allowed at once; 0 = one per processor core. Each process is
 *                            limited to one thread ({@code OMP_THREAD_LIMIT=1}), so this bounds the CPU used
 * @param queueWait           how long a page waits for a free slot before failing with {@code BUSY}
 * @param timeLimit           time allowed for one page; the process is killed after it ({@code TIMEOUT})
 * @param minConfidence       mean word confidence (0–100) below which a document counts as unreadable
 * @param dpi                 resolution passed to Tesseract for images that carry none (scans are 200–300 dpi)
 */
@ConfigurationProperties("onedoor.recognition")
public record RecognitionProperties(
        @DefaultValue("tesseract") String executable,
        @DefaultValue({"vie", "eng", "ind"}) List<String> languages,
        @DefaultValue("0") int maxParallel,
        @DefaultValue("10s") Duration queueWait,
        @DefaultValue("30s") Duration timeLimit,
        @DefaultValue("60") double minConfidence,
        @DefaultValue("300") int dpi) {

    public RecognitionProperties {
        languages = List.copyOf(languages);
    }

    /** Defaults, for tests and tools that run without Spring. */
    public static RecognitionProperties defaults() {
        return new RecognitionProperties("tesseract", List.of("vie", "eng", "ind"), 0, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 60, 300);
    }

    public RecognitionProperties withExecutable(String value) {
        return new RecognitionProperties(value, languages, maxParallel, queueWait, timeLimit, minConfidence, dpi);
    }

    public RecognitionProperties withLimits(int parallel, Duration wait, Duration limit) {
        return new RecognitionProperties(executable, languages, parallel, wait, limit, minConfidence, dpi);
    }

    public int effectiveParallelism() {
        return maxParallel > 0 ? maxParallel : Runtime.getRuntime().availableProcessors();
    }
}
