package org.onedoor.recognition.internal;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.onedoor.iddocument.DocumentReadException;
import org.onedoor.iddocument.Mrz;
import org.onedoor.iddocument.MrzDocument;
import org.onedoor.identity.CitizenIdNumber;
import org.onedoor.recognition.DocumentRecognizer;
import org.onedoor.recognition.DocumentType;
import org.onedoor.recognition.OcrUnavailableException;
import org.onedoor.recognition.RecognitionOptions;
import org.onedoor.recognition.RecognitionProblem;
import org.onedoor.recognition.RecognitionResult;
import org.onedoor.recognition.RecognizedText;
import org.onedoor.recognition.TextRecognizer;

/**
 * OCR of every page, classification by keywords, field extraction by tolerant patterns, then the checks the
 * machine can make: readable, key fields found, ID number structure, MRZ check digits, plausible dates, not
 * expired. Anything it cannot verify is a problem, so the document goes to an officer with the reason.
 */
public class RuleBasedDocumentRecognizer implements DocumentRecognizer {

    /** Fewer letters and digits than this on all pages: nothing worth classifying was read. */
    static final int MIN_TEXT = 20;

    private final TextRecognizer ocr;
    private final double minConfidence;
    private final Clock clock;

    public RuleBasedDocumentRecognizer(TextRecognizer ocr, double minConfidence, Clock clock) {
        this.ocr = ocr;
        this.minConfidence = minConfidence;
        this.clock = clock;
    }

    /** Pages of one document are recognised in parallel; the OCR pool bounds how many really run at once. */
    private static final ExecutorService PAGES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ocr-page");
        t.setDaemon(true);
        return t;
    });

    @Override
    public RecognitionResult recognize(List<BufferedImage> pages) {
        List<RecognizedText> texts = new ArrayList<>();
        try {
            if (pages.size() == 1) {
                texts.add(ocr.recognize(pages.get(0), RecognitionOptions.vietnamese()));
            } else {
                List<CompletableFuture<RecognizedText>> futures = pages.stream().map(page -> CompletableFuture
                        .supplyAsync(() -> ocr.recognize(page, RecognitionOptions.vietnamese()), PAGES)).toList();
                for (CompletableFuture<RecognizedText> future : futures) {
                    texts.add(join(future));
                }
            }
        } catch (OcrUnavailableException e) {
            return new RecognitionResult(DocumentType.OTHER, Map.of(), 0,
                    List.of(RecognitionProblem.OCR_UNAVAILABLE), "");
        }
        List<String> lines = texts.stream().flatMap(t -> t.lines().stream()).toList();
        String text = String.join("\f", texts.stream().map(RecognizedText::text).toList());
        double confidence = texts.stream().mapToDouble(RecognizedText::meanConfidence).average().orElse(0);
        return assess(lines, text, confidence);
    }

    private static RecognizedText join(CompletableFuture<RecognizedText> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Classification, extraction and checks over recognised text (separate from OCR for testing). */
    RecognitionResult assess(List<String> lines, String text, double confidence) {
        Folded folded = Folded.of(text);
        DocumentType type = DocumentClassifier.classify(folded);
        Map<String, String> fields = new LinkedHashMap<>(FieldExtractor.extract(type, lines));
        Set<String> problems = new LinkedHashSet<>();
        if (confidence < minConfidence || folded.words().replace(" ", "").length() < MIN_TEXT) {
            problems.add(RecognitionProblem.UNREADABLE);
        }
        if (type == DocumentType.OTHER) {
            problems.add(RecognitionProblem.UNKNOWN_TYPE);
        }
        checkMrz(lines, fields, problems);
        if (!fields.keySet().containsAll(required(type))) {
            problems.add(RecognitionProblem.FIELDS_MISSING);
        }
        checkIdNumber(type, fields, problems);
        checkDates(fields, problems);
        return new RecognitionResult(type, fields, confidence, List.copyOf(problems), text);
    }

    private static List<String> required(DocumentType type) {
        return switch (type) {
            case ID_CARD -> List.of("number", "fullName", "dateOfBirth");
            case BIRTH_CERTIFICATE -> List.of("fullName", "dateOfBirth");
            case OTHER -> List.of();
            default -> List.of("fullName");
        };
    }

    private void checkMrz(List<String> lines, Map<String, String> fields, Set<String> problems) {
        Optional<String> zone = MrzFinder.find(lines);
        if (zone.isEmpty()) {
            return;
        }
        MrzDocument mrz;
        try {
            mrz = Mrz.parse(zone.get(), today());
        } catch (DocumentReadException e) {
            problems.add(RecognitionProblem.MRZ_UNREADABLE);
            return;
        }
        fields.put("mrz", zone.get());
        if (!mrz.valid()) {
            problems.add(RecognitionProblem.MRZ_CHECK_DIGIT);
            return;
        }
        Optional<String> personal = Mrz.citizenIdNumber(mrz);
        String printed = fields.get("number");
        String printedBirth = fields.get("dateOfBirth");
        if (personal.isPresent() && printed != null && !printed.equals(personal.get())
                || mrz.dateOfBirth() != null && printedBirth != null
                        && !printedBirth.equals(mrz.dateOfBirth().toString())) {
            problems.add(RecognitionProblem.MRZ_MISMATCH);
        }
        fields.putIfAbsent("number", personal.orElse(mrz.documentNumber()));
        if (!mrz.primaryIdentifier().isEmpty()) {
            // in the zone's order: Vietnamese names are written family name first
            fields.putIfAbsent("fullName", String.join(" ", java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(mrz.primaryIdentifier()), mrz.secondaryIdentifiers().stream())
                    .toList()));
        }
        if (mrz.dateOfBirth() != null) {
            fields.putIfAbsent("dateOfBirth", mrz.dateOfBirth().toString());
        }
        if (mrz.dateOfExpiry() != null) {
            fields.putIfAbsent("expiryDate", mrz.dateOfExpiry().toString());
        }
    }

    private static void checkIdNumber(DocumentType type, Map<String, String> fields, Set<String> problems) {
        String number = type == DocumentType.ID_CARD ? fields.get("number") : fields.get("personalNumber");
        if (number == null || number.length() != 12) {
            return; // a 9-digit CMND has no structure to check
        }
        LocalDate birth = parse(fields.get("dateOfBirth"));
        if (CitizenIdNumber.problemWith(number, birth).isPresent()) {
            problems.add(RecognitionProblem.ID_NUMBER);
            return;
        }
        String sex = fields.get("sex");
        if (sex != null && !CitizenIdNumber.parse(number).sex().name().equals(sex)) {
            problems.add(RecognitionProblem.ID_NUMBER);
        }
    }

    private void checkDates(Map<String, String> fields, Set<String> problems) {
        LocalDate today = today();
        LocalDate birth = parse(fields.get("dateOfBirth"));
        LocalDate issued = parse(fields.get("issueDate"));
        LocalDate expiry = parse(fields.get("expiryDate"));
        boolean implausible = birth != null && (birth.isAfter(today) || birth.getYear() < 1900)
                || issued != null && (issued.isAfter(today) || issued.getYear() < 1900
                        || birth != null && issued.isBefore(birth))
                || expiry != null && issued != null && expiry.isBefore(issued);
        if (implausible) {
            problems.add(RecognitionProblem.DATE_IMPLAUSIBLE);
        }
        if (expiry != null && expiry.isBefore(today)) {
            problems.add(RecognitionProblem.EXPIRED);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate parse(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
