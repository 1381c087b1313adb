package org.onedoor.queue.web;

import java.util.List;

import org.onedoor.common.FieldViolation;
import org.springframework.validation.BindingResult;

/** Numbers typed into the settings forms, and the service's field violations put next to the fields. */
final class FormNumbers {

    private FormNumbers() {
    }

    /** Blank = null (the service says "required" where it is); not a whole number = a field error. */
    static Integer parse(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "queue.admin.error.number"));
            return null;
        }
    }

    static Long parseLong(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "queue.admin.error.number"));
            return null;
        }
    }

    /** Each violation next to its field; one about no field of the form (or a whole-form refusal) at the top. */
    static void reject(BindingResult binding, List<FieldViolation> violations) {
        for (FieldViolation v : violations) {
            try {
                binding.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            } catch (RuntimeException notAFieldOfTheForm) {
                binding.reject(v.messageKey(), v.args(), v.messageKey());
            }
        }
    }
}
