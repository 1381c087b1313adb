package org.onedoor.recognition;

/** OCR could not run: not installed, language missing, pool saturated, or time limit exceeded. */
public class OcrUnavailableException extends RuntimeException {

    public enum Reason { NOT_INSTALLED, LANGUAGE_MISSING, BUSY, TIMEOUT, FAILED }

    private final Reason reason;

    public OcrUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
