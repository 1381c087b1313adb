package org.onedoor.workflow.internal;

import java.util.List;

/** One or more workflow definitions are invalid; the message lists every problem, one per line. */
class InvalidWorkflowException extends IllegalStateException {

    private final List<String> errors;

    InvalidWorkflowException(List<String> errors) {
        super("Invalid workflow definition:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    List<String> errors() {
        return errors;
    }
}
