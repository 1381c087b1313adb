package org.onedoor.scan.internal;

import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;

/** Refusals of a scan: always one violation on field {@code file}, with a {@code scan.file.*} key. */
final class Rejection {

    static final String FIELD = "file";

    private Rejection() {
    }

    static DomainException of(String reason, Object... args) {
        return new DomainException(DomainException.Kind.INVALID, "scan.rejected",
                List.of(new FieldViolation(FIELD, "scan.file." + reason, args)));
    }
}
