package org.onedoor.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.onedoor.recognition.internal.RecognitionProperties;
import org.onedoor.recognition.internal.TesseractTextRecognizer;

/** The bounded, time-limited pool: time limit, saturation, failures, and what happens without Tesseract. */
class TesseractPoolTest {

    static final BufferedImage SMALL = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);

    private static OcrUnavailableException.Reason reasonOf(Runnable call) {
        try {
            call.run();
        } catch (OcrUnavailableException e) {
            return e.reason();
        }
        throw new AssertionError("expected OcrUnavailableException");
    }

    @Test
    void aPageOverTheTimeLimitIsStoppedAndItsProcessKilled() {
        Ocr.assumeInstalled();
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(RecognitionProperties.defaults()
                .withLimits(1, Duration.ofSeconds(1), Duration.ofMillis(100)));

        long start = System.nanoTime();
        assertThat(reasonOf(() -> ocr.recognize(SampleDocuments.BIRTH_CERTIFICATE.image(),
                RecognitionOptions.vietnamese()))).isEqualTo(OcrUnavailableException.Reason.TIMEOUT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(ocr.running()).isZero();
        assertNoTesseractLeft();
    }

    @Test
    void whenEverySlotIsBusyAPageWaitsThenFailsFast() throws Exception {
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(new RecognitionProperties(
                FakeTesseract.script("vie eng ind", 1.5, 0), List.of("vie", "eng", "ind"), 1,
                Duration.ofMillis(200), Duration.ofSeconds(10), 60, 300));
        CompletableFuture<RecognizedText> first = CompletableFuture.supplyAsync(
                () -> ocr.recognize(SMALL, RecognitionOptions.vietnamese()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ocr.running() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ocr.running()).isEqualTo(1);

        long start = System.nanoTime();
        assertThat(reasonOf(() -> ocr.recognize(SMALL, RecognitionOptions.vietnamese())))
                .isEqualTo(OcrUnavailableException.Reason.BUSY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150),
                Duration.ofMillis(1200));

        RecognizedText text = first.get();
        assertThat(text.text()).isEqualTo("Xin chào");
        assertThat(text.meanConfidence()).isEqualTo(90.0);
        assertThat(ocr.running()).isZero();
        assertThat(ocr.recognize(SMALL, RecognitionOptions.vietnamese()).lines()).containsExactly("Xin chào");
    }

    @Test
    void aFailingProcessIsReportedAsFailed() {
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(RecognitionProperties.defaults()
                .withExecutable(FakeTesseract.script("vie eng ind", 0, 3)));
        assertThat(reasonOf(() -> ocr.recognize(SMALL, RecognitionOptions.vietnamese())))
                .isEqualTo(OcrUnavailableException.Reason.FAILED);
    }

    @Test
    void withoutTesseractTheRecognizerSaysUnavailableAndDocumentsGoToAnOfficer() {
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(RecognitionProperties.defaults()
                .withExecutable("/nonexistent/bin/tesseract"));

        assertThat(ocr.available()).isFalse();
        assertThat(ocr.installed()).isFalse();
        assertThat(ocr.problem()).contains("not installed");
        assertThat(reasonOf(() -> ocr.recognize(SMALL, RecognitionOptions.vietnamese())))
                .isEqualTo(OcrUnavailableException.Reason.NOT_INSTALLED);

        RecognitionResult result = new org.onedoor.recognition.internal.RuleBasedDocumentRecognizer(ocr, 60,
                java.time.Clock.systemUTC()).recognize(List.of(SMALL));
        assertThat(result.type()).isEqualTo(DocumentType.OTHER);
        assertThat(result.problems()).containsExactly(RecognitionProblem.OCR_UNAVAILABLE);
        assertThat(result.machineVerified()).isFalse();
    }

    @Test
    void aMissingLanguagePackMakesOcrUnavailableAndRefusesThatLanguage() {
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(RecognitionProperties.defaults()
                .withExecutable(FakeTesseract.script("eng osd", 0, 0)));

        assertThat(ocr.available()).isFalse();
        assertThat(ocr.problem()).isEqualTo("language data missing: vie, ind");
        assertThat(reasonOf(() -> ocr.recognize(SMALL, RecognitionOptions.vietnamese())))
                .isEqualTo(OcrUnavailableException.Reason.LANGUAGE_MISSING);
        assertThat(ocr.recognize(SMALL, new RecognitionOptions(List.of("eng"), null, 6)).text())
                .isEqualTo("Xin chào");
    }

    private static void assertNoTesseractLeft() {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long left;
        do {
            left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").contains("tesseract")).count();
        } while (left > 0 && System.nanoTime() < deadline);
        assertThat(left).as("tesseract processes still running").isZero();
    }
}
