package org.onedoor.common;

import java.util.List;

/**
 * A rule of the domain was broken by the caller. Carries a message key (resolved from the bundles in the
 * caller's language), an HTTP-ish status, and optional field-level violations. Rendered as RFC 9457 problem
 * details by the API and as a localised message by the pages.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID(400), NOT_FOUND(404), FORBIDDEN(403), CONFLICT(409), UNPROCESSABLE(422);
        public final int status;
        Kind(int status) { this.status = status; }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldViolation> violations;

    public DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, messageKey, List.of(), args);
    }

    public DomainException(Kind kind, String messageKey, List<FieldViolation> violations, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, messageKey, args);
    }

    public static DomainException invalid(List<FieldViolation> violations) {
        return new DomainException(Kind.INVALID, "error.validation", violations);
    }

    public Kind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args.clone(); }
    public List<FieldViolation> violations() { return violations; }
}
