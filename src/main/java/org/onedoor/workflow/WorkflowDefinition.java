package org.onedoor.workflow;

import java.util.List;
import java.util.Optional;

/**
 * A validated, versioned workflow ("quy trình nội bộ"). Procedures name one by id; a dossier keeps the version it
 * started under.
 *
 * @param id      stable id, e.g. {@code standard}
 * @param version version number, increasing
 * @param name    Vietnamese name
 * @param nameEn  English name
 * @param start   step a new online dossier enters (status {@code NEW})
 * @param steps   steps in file order
 * @param source  the file it was loaded from (for error messages)
 */
public record WorkflowDefinition(String id, int version, String name, String nameEn, String start, List<Step> steps,
                                 String source) {

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Step requireStep(String stepId) {
        return step(stepId).orElseThrow(() -> new IllegalStateException(
                "workflow " + id + " v" + version + " has no step " + stepId));
    }
}
