package org.onedoor.forms;

import java.util.List;

/** Argument checks shared by the form records: a form with a blank mandatory field is a programming error. */
final class FormData {

    private FormData() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required on an official form");
        }
        return value;
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
