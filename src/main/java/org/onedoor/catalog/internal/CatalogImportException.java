package org.onedoor.catalog.internal;

import java.util.List;

/** A catalogue file was rejected; nothing was written. Carries every error found. */
public class CatalogImportException extends RuntimeException {

    private final transient List<ImportError> errors;

    public CatalogImportException(List<ImportError> errors) {
        super(errors.size() + " error(s) in the catalogue file, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
