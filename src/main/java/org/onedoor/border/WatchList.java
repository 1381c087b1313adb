package org.onedoor.border;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The watch list and its screening (decision 0501): an in-memory index over the active entries, loaded from
 * PostgreSQL at start and kept up to date on every change. Names match whatever their diacritics, romanisation
 * (Chanthou / Chanthu) and word order, with one wrong letter per word tolerated; a known date of birth or
 * nationality that differs from the traveller's excludes an entry.
 */
public interface WatchList {

    /** Screens one traveller. {@code dateOfBirth} and {@code nationality} may be null (looser name-only matching). */
    ScreeningResult screen(String fullName, LocalDate dateOfBirth, String nationality);

    /** Lists a person (audited). */
    WatchListEntry add(String fullName, LocalDate dateOfBirth, String nationality, String reason, String source);

    /** Takes a person off the list (audited); screening stops finding them at once. */
    void remove(long id);

    Optional<WatchListEntry> find(long id);

    /** Active entries. */
    int size();
}
