package org.onedoor.notification.internal;

import java.util.Optional;

import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;

/**
 * What an applicant is told about: the status changes that concern them (receipt, supplement request, refusal,
 * apology with a new date, result ready, result returned, withdrawal, stop). Internal moves between processing
 * steps are not announced.
 */
enum Notice {
    RECEIVED, SUPPLEMENT_REQUESTED, REFUSED_AT_INTAKE, EXTENDED, RESULT_READY, RESULT_RETURNED, WITHDRAWN, STOPPED;

    /** The workflow action that moves the due date once, with an apology letter (DOMAIN.md §2 step 3). */
    static final String EXTEND_ACTION = "EXTEND";

    static Optional<Notice> of(DossierStatusChanged event) {
        if (EXTEND_ACTION.equalsIgnoreCase(event.action())) {
            return Optional.of(EXTENDED);
        }
        DossierStatus status = event.dossier().status();
        if (status == event.from()) {
            return Optional.empty();
        }
        return switch (status) {
            case RECEIVED -> Optional.of(RECEIVED);
            case SUPPLEMENT_REQUESTED -> Optional.of(SUPPLEMENT_REQUESTED);
            case REFUSED_AT_INTAKE -> Optional.of(REFUSED_AT_INTAKE);
            case RESULT_READY -> Optional.of(RESULT_READY);
            case RESULT_RETURNED -> Optional.of(RESULT_RETURNED);
            case WITHDRAWN -> Optional.of(WITHDRAWN);
            case STOPPED -> Optional.of(STOPPED);
            default -> Optional.empty();
        };
    }

    /** Whether the officer's comment is meant for the applicant (what to supplement, why refused or late). */
    boolean carriesComment() {
        return this == SUPPLEMENT_REQUESTED || this == REFUSED_AT_INTAKE || this == EXTENDED || this == STOPPED;
    }
}
