package org.onedoor.recognition.internal;

import java.time.Clock;

import org.onedoor.common.VietnamTime;
import org.onedoor.recognition.DocumentRecognizer;
import org.onedoor.recognition.TextRecognizer;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires OCR: the Tesseract pool, the document recognizer, and what the actuator says about them. */
@Configuration(proxyBeanMethods = false)
class RecognitionConfiguration {

    @Bean
    TesseractTextRecognizer textRecognizer(RecognitionProperties properties) {
        return new TesseractTextRecognizer(properties);
    }

    @Bean
    DocumentRecognizer documentRecognizer(TextRecognizer textRecognizer, RecognitionProperties properties) {
        return new RuleBasedDocumentRecognizer(textRecognizer, properties.minConfidence(),
                Clock.system(VietnamTime.ZONE));
    }

    /**
     * {@code /actuator/health} component {@code ocr}: UP when Tesseract and its languages were found, UNKNOWN with
     * the reason when not. UNKNOWN does not pull the application's aggregate status down: the application runs
     * without OCR and sends documents to officers (decision 0331).
     */
    @Bean
    HealthIndicator ocrHealthIndicator(TesseractTextRecognizer ocr) {
        return () -> {
            Health.Builder health = ocr.available() ? Health.up() : Health.unknown();
            health.withDetail("available", ocr.available()).withDetail("languages", ocr.languages())
                    .withDetail("running", ocr.running());
            if (ocr.version() != null) {
                health.withDetail("version", ocr.version());
            }
            if (ocr.problem() != null) {
                health.withDetail("problem", ocr.problem());
            }
            return health.build();
        };
    }

    /** {@code /actuator/info} entry {@code ocr}, readable without the health details. */
    @Bean
    InfoContributor ocrInfoContributor(TesseractTextRecognizer ocr) {
        return builder -> builder.withDetail("ocr", ocr.available()
                ? java.util.Map.of("available", true, "version", ocr.version(), "languages", ocr.languages())
                : java.util.Map.of("available", false, "problem", ocr.problem()));
    }
}
