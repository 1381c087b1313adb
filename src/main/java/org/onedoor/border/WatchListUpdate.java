package org.onedoor.border;

import java.time.LocalDate;

/**
 * A watch-list update received from the national border-gate system, applied once by {@code updateId}.
 *
 * @param action     {@code ADD} or {@code REMOVE}
 * @param externalId the national system's id of the entry (REMOVE finds the entry by it)
 */
public record WatchListUpdate(String updateId, String action, String externalId, String fullName,
        LocalDate dateOfBirth, String nationality, String reason) {
}
