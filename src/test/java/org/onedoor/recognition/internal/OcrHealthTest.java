package org.onedoor.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** What the actuator says when Tesseract is missing: the app stays up, the OCR component says why. */
class OcrHealthTest {

    final RecognitionConfiguration configuration = new RecognitionConfiguration();

    @Test
    void missingTesseractIsReportedWithoutTakingTheApplicationDown() {
        TesseractTextRecognizer missing = new TesseractTextRecognizer(RecognitionProperties.defaults()
                .withExecutable("/nonexistent/bin/tesseract"));

        Health health = configuration.ocrHealthIndicator(missing).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("available", false);
        assertThat((String) health.getDetails().get("problem")).contains("not installed");

        Info.Builder info = new Info.Builder();
        configuration.ocrInfoContributor(missing).contribute(info);
        assertThat(info.build().getDetails().get("ocr")).isEqualTo(Map.of("available", false,
                "problem", missing.problem()));
    }

    @Test
    void installedTesseractIsUp() {
        TesseractTextRecognizer ocr = new TesseractTextRecognizer(RecognitionProperties.defaults());
        org.junit.jupiter.api.Assumptions.assumeTrue(ocr.available(), () -> "OCR test skipped: " + ocr.problem());

        Health health = configuration.ocrHealthIndicator(ocr).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("available", true).containsKey("version");
    }
}
