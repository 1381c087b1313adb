package org.onedoor.ecopy.web;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A {@link DomainException} as localised lines for a page's error summary. */
final class Problems {

    private Problems() {
    }

    static List<String> of(DomainException e, MessageSource messages) {
        List<String> lines = new ArrayList<>();
        if (e.violations().isEmpty()) {
            lines.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        }
        for (FieldViolation v : e.violations()) {
            lines.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale()));
        }
        return lines;
    }
}
