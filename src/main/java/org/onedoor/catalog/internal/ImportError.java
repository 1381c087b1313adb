package org.onedoor.catalog.internal;

import java.util.List;

/**
 * One problem found in a catalogue file.
 *
 * @param line       1-based line in the file where the offending value (or its enclosing object) starts
 * @param path       JSON path, e.g. {@code $.procedures[3].versions[0].timeLimit.unit}
 * @param messageKey message key in the catalog bundle
 * @param args       message arguments
 */
public record ImportError(int line, String path, String messageKey, List<Object> args) {

    public ImportError {
        args = List.copyOf(args);
    }
}
