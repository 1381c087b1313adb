package org.onedoor.workflow.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code workflows/*.yml} at start. Any invalid file stops the application with the full list of
 * errors: a process must never run on a definition nobody checked.
 */
@Component
class WorkflowRegistry implements Workflows {

    private static final Logger log = LoggerFactory.getLogger(WorkflowRegistry.class);

    private final List<WorkflowDefinition> definitions;

    WorkflowRegistry() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources("classpath*:workflows/*.yml"));
    }

    WorkflowRegistry(Resource[] resources) throws IOException {
        List<String> errors = new ArrayList<>();
        List<WorkflowDefinition> loaded = new ArrayList<>();
        for (Resource resource : resources) {
            String source = "workflows/" + resource.getFilename();
            try {
                WorkflowDefinition d = WorkflowParser.parse(source,
                        resource.getContentAsString(StandardCharsets.UTF_8));
                if (loaded.stream().anyMatch(o -> o.id().equals(d.id()) && o.version() == d.version())) {
                    errors.add(source + ": duplicate workflow id '" + d.id() + "' version " + d.version());
                } else {
                    loaded.add(d);
                }
            } catch (InvalidWorkflowException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidWorkflowException(errors);
        }
        loaded.sort(Comparator.comparing(WorkflowDefinition::id).thenComparing(WorkflowDefinition::version));
        this.definitions = List.copyOf(loaded);
        log.info("Loaded {} workflow definitions: {}", definitions.size(),
                definitions.stream().map(d -> d.id() + " v" + d.version()).toList());
    }

    @Override
    public Optional<WorkflowDefinition> latest(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).max(Comparator.comparing(WorkflowDefinition::version));
    }

    @Override
    public Optional<WorkflowDefinition> version(String id, int version) {
        return definitions.stream().filter(d -> d.id().equals(id) && d.version() == version).findFirst();
    }

    @Override
    public List<WorkflowDefinition> all() {
        return definitions;
    }
}
