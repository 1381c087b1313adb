package org.onedoor.border;

import java.time.LocalDate;

/**
 * A person the border guard must stop or check (danh sách cảnh báo).
 *
 * @param dateOfBirth null when unknown
 * @param nationality null when unknown
 * @param reason      why the person is listed (shown to the guard)
 * @param source      who listed them (e.g. {@code national-exchange}, an officer's user name)
 */
public record WatchListEntry(long id, String fullName, LocalDate dateOfBirth, String nationality, String reason,
        String source) {
}
