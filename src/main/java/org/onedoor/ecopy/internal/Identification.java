package org.onedoor.ecopy.internal;

import java.time.LocalDate;

/**
 * Who the citizen at the kiosk is, as read from the chip card (QR or MRZ) or typed.
 *
 * @param source QR (typed by the reader), QR_PHOTO (a camera photo decoded), MRZ or MANUAL
 * @param sex    MALE, FEMALE or null when not read
 */
public record Identification(String idNumber, String fullName, LocalDate birthDate, String sex, String source) {
}
