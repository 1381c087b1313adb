package org.onedoor.portal.web;

import java.util.Optional;

import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.stereotype.Component;

/** Which line of a centre takes a procedure's dossiers, from the queue module's configuration, when it has one. */
@Component
class ProcedureLines {

    private final Queues queues;

    ProcedureLines(Queues queues) {
        this.queues = queues;
    }

    Optional<QueueLine> lineFor(String centre, String procedureCode) {
        // the queue module's services-to-procedures mapping (Queues.lineFor) arrives with the floor work; until then
        // the kiosk shows the competent level only
        return Optional.empty();
    }
}
