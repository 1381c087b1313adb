package org.onedoor.recognition.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.recognition.RecognizedText;

/**
 * Reads Tesseract's TSV output ({@code level page_num block_num par_num line_num word_num left top width height
 * conf text}): words (level 5) grouped into lines in reading order, and the mean confidence of the words.
 */
final class TsvReader {

    private TsvReader() {
    }

    static RecognizedText read(String tsv) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        double confidenceSum = 0;
        int words = 0;
        for (String row : tsv.split("\\R")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !"5".equals(c[0])) {
                continue; // header, page/block/paragraph/line rows
            }
            String text = c[11].strip();
            double confidence;
            try {
                confidence = Double.parseDouble(c[10]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (text.isEmpty() || confidence < 0) {
                continue;
            }
            lines.computeIfAbsent(c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>()).add(text);
            confidenceSum += confidence;
            words++;
        }
        List<String> joined = lines.values().stream().map(w -> String.join(" ", w)).toList();
        return new RecognizedText(String.join("\n", joined), words == 0 ? 0 : confidenceSum / words,
                new ArrayList<>(joined));
    }
}
