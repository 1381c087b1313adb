package org.onedoor.border;

import java.util.List;

/**
 * What watch-list screening found for one traveller, best match first.
 *
 * @param moreHits more entries matched than {@code hits} shows (a common name screened without a date of birth)
 * @param listSize entries the screening considered
 * @param micros   time the screening took
 */
public record ScreeningResult(List<Hit> hits, boolean moreHits, int listSize, long micros) {

    public ScreeningResult {
        hits = List.copyOf(hits);
    }

    /**
     * One entry that may be this traveller.
     *
     * @param score                0–1, how closely the names agree (1: the same words, in any order, diacritics aside)
     * @param dateOfBirthConfirmed the entry's date of birth equals the traveller's
     */
    public record Hit(WatchListEntry entry, double score, boolean dateOfBirthConfirmed) {
    }

    public boolean clear() {
        return hits.isEmpty() && !moreHits;
    }
}
