package org.onedoor.iddocument;

import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;

/**
 * A document could not be read, with one violation per failing field (e.g. field {@code mrz.dateOfBirth},
 * key {@code iddocument.mrz.check-digit}), so a screen can say exactly which field failed.
 */
public class DocumentReadException extends DomainException {

    public DocumentReadException(List<FieldViolation> violations) {
        super(Kind.INVALID, "iddocument.unreadable", violations);
    }
}
