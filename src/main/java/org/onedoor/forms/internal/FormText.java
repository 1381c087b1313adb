package org.onedoor.forms.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.onedoor.common.VietnamTime;
import org.springframework.context.MessageSource;

/** The labels of one form in one language (the {@code forms} bundle) and the official date formats, Vietnam time. */
final class FormText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnamTime.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(VietnamTime.ZONE);

    private final MessageSource messages;
    private final Locale locale;

    FormText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage("forms." + key, args, locale);
    }

    /** Upper case as in form titles and signature captions ("đ" becomes "Đ"). */
    String upper(String text) {
        return text.toUpperCase(locale);
    }

    String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** "HH:mm, ngày dd/MM/yyyy" in the bundle's wording. */
    String dateTime(Instant instant) {
        return instant == null ? "" : get("dateTime", TIME.format(instant), DATE.format(instant));
    }

    /** The place-and-date line: "Lào Cai, ngày 23 tháng 11 năm 2026" (Decree 30/2020 Annex I). */
    String placeAndDate(String place, Instant instant) {
        ZonedDateTime at = instant.atZone(VietnamTime.ZONE);
        String day = String.format("%02d", at.getDayOfMonth());
        String month = String.format("%02d", at.getMonthValue());
        String year = String.valueOf(at.getYear());
        return place == null || place.isBlank()
                ? get("dateLine", day, month, year)
                : get("placeDateLine", place, day, month, year);
    }

    static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
