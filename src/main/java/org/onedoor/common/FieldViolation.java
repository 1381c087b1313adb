package org.onedoor.common;

/** One field-level error: the field path (e.g. {@code applicant.idNumber}), a message key and its arguments. */
public record FieldViolation(String field, String messageKey, Object... args) {
}
