package org.onedoor.workflow;

import java.util.List;
import java.util.Optional;

/** The loaded, validated workflow definitions. */
public interface Workflows {

    /** The latest version of a definition. */
    Optional<WorkflowDefinition> latest(String id);

    /** A specific version (what a running dossier follows). */
    Optional<WorkflowDefinition> version(String id, int version);

    /** Every loaded definition, every version. */
    List<WorkflowDefinition> all();
}
