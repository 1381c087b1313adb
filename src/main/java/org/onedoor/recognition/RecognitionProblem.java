package org.onedoor.recognition;

/**
 * Message keys (bundle {@code recognition}) of what prevents a scanned original from being certified without an
 * officer, as listed in {@link RecognitionResult#problems()}.
 */
public final class RecognitionProblem {

    /** OCR could not run (not installed, busy, timed out): an officer reads the document. */
    public static final String OCR_UNAVAILABLE = "recognition.problem.ocr-unavailable";
    /** Too little text, or mean confidence under the configured threshold: damaged, blurred or illegible. */
    public static final String UNREADABLE = "recognition.problem.unreadable";
    /** The type could not be recognised. */
    public static final String UNKNOWN_TYPE = "recognition.problem.unknown-type";
    /** A key field of the recognised type (number, name, date of birth) was not found. */
    public static final String FIELDS_MISSING = "recognition.problem.fields-missing";
    /** The personal identification number does not fit the date of birth or sex (or is malformed). */
    public static final String ID_NUMBER = "recognition.problem.id-number";
    /** A machine-readable zone is visible but a check digit fails. */
    public static final String MRZ_CHECK_DIGIT = "recognition.problem.mrz-check-digit";
    /** A machine-readable zone is visible but could not be read. */
    public static final String MRZ_UNREADABLE = "recognition.problem.mrz-unreadable";
    /** The machine-readable zone and the printed fields disagree. */
    public static final String MRZ_MISMATCH = "recognition.problem.mrz-mismatch";
    /** A date is impossible: in the future, before 1900, issued before birth, expiring before issue. */
    public static final String DATE_IMPLAUSIBLE = "recognition.problem.date-implausible";
    /** The document has expired. */
    public static final String EXPIRED = "recognition.problem.expired";

    private RecognitionProblem() {
    }
}
