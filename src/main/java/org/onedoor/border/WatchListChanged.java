package org.onedoor.border;

/**
 * A person was put on or taken off the watch list (sent to the national border-gate system unless the change came
 * from it).
 *
 * @param listed true when listed, false when taken off
 * @param source who changed it ({@code national-exchange} for updates received from the national system)
 */
public record WatchListChanged(long entryId, boolean listed, String fullName, java.time.LocalDate dateOfBirth,
        String nationality, String source) {
}
