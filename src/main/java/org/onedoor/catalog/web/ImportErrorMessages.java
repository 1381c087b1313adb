package org.onedoor.catalog.web;

import java.util.List;
import java.util.Locale;

import org.onedoor.catalog.internal.ImportError;
import org.springframework.context.MessageSource;

/** Import errors in the reader's language: line, JSON path and message. */
public final class ImportErrorMessages {

    public record Message(int line, String path, String message) {
    }

    private ImportErrorMessages() {
    }

    public static List<Message> resolve(MessageSource messages, List<ImportError> errors, Locale locale) {
        return errors.stream().map(e -> new Message(e.line(), e.path(), messages.getMessage(e.messageKey(),
                // numbers as plain text: line 1234 is not "1.234"
                e.args().stream().map(String::valueOf).toArray(), e.messageKey(), locale))).toList();
    }
}
