package org.onedoor.dossier.internal;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.dossier.DossierStatus;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.Transition;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Module configuration, and the start-up check that every status a workflow definition names is a
 * {@link DossierStatus}: the application refuses to start otherwise (decision 0161).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DossierProperties.class)
class DossierConfiguration {

    DossierConfiguration(Workflows workflows) {
        List<String> errors = new ArrayList<>();
        for (WorkflowDefinition d : workflows.all()) {
            for (Step s : d.steps()) {
                for (Transition t : s.transitions().values()) {
                    check(t.status(), d, s, "action " + t.action(), errors);
                }
                if (s.consultation() != null) {
                    check(s.consultation().joinStatus(), d, s, "consultation join", errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid workflow definition:\n  " + String.join("\n  ", errors));
        }
    }

    private static void check(String status, WorkflowDefinition d, Step s, String what, List<String> errors) {
        if (status == null) {
            return;
        }
        try {
            DossierStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add(d.source() + ": step '" + s.id() + "': " + what + " names unknown status '" + status + "'");
        }
    }
}
