package org.onedoor.dossier.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.Transition;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;

/** A workflow naming a status the dossier module does not know stops the start-up. */
class DossierConfigurationTest {

    static Workflows with(String status) {
        Map<WorkflowAction, Transition> actions = new LinkedHashMap<>();
        actions.put(WorkflowAction.RECEIVE, new Transition(WorkflowAction.RECEIVE, "done", status, null));
        WorkflowDefinition d = new WorkflowDefinition("w", 1, "w", "w", "intake", List.of(
                new Step("intake", "a", "a", Role.DESK_OFFICER, Step.Party.RECEIVING, null, false, null, actions),
                new Step("done", "b", "b", null, Step.Party.COMPETENT, null, true, null, Map.of())), "workflows/w.yml");
        return new Workflows() {
            public Optional<WorkflowDefinition> latest(String id) {
                return Optional.of(d);
            }

            public Optional<WorkflowDefinition> version(String id, int version) {
                return Optional.of(d);
            }

            public List<WorkflowDefinition> all() {
                return List.of(d);
            }
        };
    }

    @Test
    void refusesAnUnknownStatusWithFileStepAndName() {
        assertThatThrownBy(() -> new DossierConfiguration(with("RECIEVED")))
                .hasMessageContaining("workflows/w.yml: step 'intake': action RECEIVE names unknown status 'RECIEVED'");
    }

    @Test
    void acceptsKnownStatuses() {
        assertThatCode(() -> new DossierConfiguration(with("RECEIVED"))).doesNotThrowAnyException();
    }
}
