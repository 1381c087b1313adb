package org.onedoor.border;

import java.awt.image.BufferedImage;
import java.util.List;

import org.onedoor.iddocument.MrzDocument;

/**
 * Reads the machine-readable zone of a document photographed by a camera (decision 0503): OCR restricted to
 * {@code A–Z 0–9 <}, then the look-alike characters (O/0, I/1, B/8, S/5, Z/2, G/6) corrected where, and only
 * where, a check digit fails.
 */
public interface MrzCamera {

    /**
     * @return the reading; {@link Reading#available()} false with a reason when OCR is not installed
     */
    Reading read(BufferedImage photo);

    /**
     * @param text        the zone after corrections (lines separated by {@code \n}), null when none was found
     * @param document    the parsed zone, null when none was found
     * @param corrections each correction made, e.g. {@code line 2 col 7: O→0}
     * @param problem     why nothing was read (OCR unavailable, no zone in the picture), null otherwise
     */
    record Reading(boolean available, String text, MrzDocument document, List<String> corrections, String problem) {

        public Reading {
            corrections = List.copyOf(corrections);
        }
    }
}
