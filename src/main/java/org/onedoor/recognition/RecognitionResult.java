package org.onedoor.recognition;

import java.util.List;
import java.util.Map;

/**
 * What the machine found on a scanned original.
 *
 * @param type           the document type (OTHER when not recognised)
 * @param fields         extracted key fields by name ({@code number}, {@code fullName}, {@code dateOfBirth} as ISO
 *                       date, {@code issueDate}, {@code expiryDate}, {@code issuer} …); only those found
 * @param meanConfidence mean OCR confidence over the pages, 0–100
 * @param problems       message keys (bundle {@code recognition}) of what prevents automatic certification, e.g.
 *                       {@code recognition.problem.unreadable}, {@code recognition.problem.expired},
 *                       {@code recognition.problem.ocr-unavailable}; empty when the machine found nothing wrong
 * @param text           the full recognised text, pages separated by a form feed
 */
public record RecognitionResult(DocumentType type, Map<String, String> fields, double meanConfidence,
        List<String> problems, String text) {

    public RecognitionResult {
        fields = Map.copyOf(fields);
        problems = List.copyOf(problems);
    }

    public boolean machineVerified() {
        return problems.isEmpty();
    }
}
