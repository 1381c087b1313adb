package org.onedoor.workflow.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onedoor.identity.Role;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.StepBudget;
import org.onedoor.workflow.Transition;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one workflow file (format: docs/workflow-format.md) and validates it, collecting EVERY error with the file
 * and step it concerns, so an administrator fixes a definition in one round.
 */
final class WorkflowParser {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile("[A-Z][A-Z_]*");

    private final String source;
    private final List<String> errors = new ArrayList<>();

    private WorkflowParser(String source) {
        this.source = source;
    }

    /** Parses and validates; throws {@link InvalidWorkflowException} listing every problem. */
    static WorkflowDefinition parse(String source, String text) {
        WorkflowParser parser = new WorkflowParser(source);
        WorkflowDefinition definition = parser.read(text);
        if (!parser.errors.isEmpty()) {
            throw new InvalidWorkflowException(parser.errors);
        }
        return definition;
    }

    private WorkflowDefinition read(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            error(null, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
        if (!(root instanceof Map<?, ?> map)) {
            error(null, "must be a mapping with id, version, name, nameEn, start and steps");
            return null;
        }
        String id = text(map, "id", null, true);
        if (id != null && !ID.matcher(id).matches()) {
            error(null, "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        int version = 0;
        Object v = map.get("version");
        if (v instanceof Integer i && i > 0) {
            version = i;
        } else {
            error(null, "version must be a positive whole number");
        }
        String name = text(map, "name", null, true);
        String nameEn = text(map, "nameEn", null, true);
        String start = text(map, "start", null, true);
        Object rawSteps = map.get("steps");
        if (!(rawSteps instanceof List<?> list) || list.isEmpty()) {
            error(null, "steps must be a non-empty list");
            return null;
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object raw : list) {
            if (!(raw instanceof Map<?, ?> stepMap)) {
                error(null, "every step must be a mapping");
                continue;
            }
            Step step = step(stepMap);
            if (step != null) {
                if (!ids.add(step.id())) {
                    error(step.id(), "duplicate step id");
                } else {
                    steps.add(step);
                }
            }
        }
        checkGraph(start, steps, ids);
        return new WorkflowDefinition(id, version, name, nameEn, start, List.copyOf(steps), source);
    }

    private Step step(Map<?, ?> map) {
        String id = text(map, "id", null, true);
        if (id == null) {
            return null;
        }
        String name = text(map, "name", id, true);
        String nameEn = text(map, "nameEn", id, true);
        boolean terminal = Boolean.TRUE.equals(map.get("terminal"));
        Role role = role(map.get("role"), id, "role");
        if (role == null && !terminal && map.get("role") == null) {
            error(id, "missing role (every non-terminal step needs the role that acts)");
        }
        Step.Party party = Step.Party.COMPETENT;
        Object p = map.get("party");
        if (p != null) {
            try {
                party = Step.Party.valueOf(p.toString().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(id, "party '" + p + "' must be RECEIVING or COMPETENT");
            }
        }
        StepBudget budget = budget(map.get("budget"), id, "budget");
        Step.Consultation consultation = null;
        if (map.get("consultation") instanceof Map<?, ?> c) {
            consultation = consultation(c, id);
        } else if (map.get("consultation") != null) {
            error(id, "consultation must be a mapping with budget, replyRole and join");
        }
        Map<WorkflowAction, Transition> transitions = new LinkedHashMap<>();
        Object actions = map.get("actions");
        if (actions instanceof Map<?, ?> actionMap) {
            for (Map.Entry<?, ?> e : actionMap.entrySet()) {
                Transition t = transition(id, String.valueOf(e.getKey()), e.getValue());
                if (t != null) {
                    transitions.put(t.action(), t);
                }
            }
        } else if (actions != null) {
            error(id, "actions must be a mapping from action name to {to, status, role}");
        }
        if (consultation != null && !transitions.containsKey(WorkflowAction.CONSULTATION_REPLY)) {
            transitions.put(WorkflowAction.CONSULTATION_REPLY,
                    new Transition(WorkflowAction.CONSULTATION_REPLY, id, null, null));
        }
        if (terminal && !transitions.isEmpty()) {
            error(id, "a terminal step must not have actions");
        }
        if (!terminal && transitions.isEmpty()) {
            error(id, "a non-terminal step needs at least one action (or terminal: true)");
        }
        return new Step(id, name, nameEn, role, party, budget, terminal, consultation,
                Collections.unmodifiableMap(transitions));
    }

    private Transition transition(String stepId, String actionName, Object value) {
        WorkflowAction action;
        try {
            action = WorkflowAction.valueOf(actionName);
        } catch (IllegalArgumentException e) {
            error(stepId, "unknown action '" + actionName + "'");
            return null;
        }
        if (action == WorkflowAction.SUBMIT) {
            error(stepId, "action SUBMIT is not allowed in a step (it is the entry into 'start')");
            return null;
        }
        Map<?, ?> spec = value instanceof Map<?, ?> m ? m : Map.of();
        if (value != null && !(value instanceof Map<?, ?>)) {
            error(stepId, "action " + actionName + " must be a mapping {to, status, role}");
        }
        String target = spec.get("to") == null ? stepId : spec.get("to").toString();
        String status = spec.get("status") == null ? null : spec.get("status").toString();
        if (status != null && !STATUS.matcher(status).matches()) {
            error(stepId, "action " + actionName + " has malformed status '" + status + "'");
        }
        Role role = role(spec.get("role"), stepId, "role of action " + actionName);
        return new Transition(action, target, status, role);
    }

    private Step.Consultation consultation(Map<?, ?> map, String stepId) {
        StepBudget budget = budget(map.get("budget"), stepId, "consultation budget");
        if (budget == null) {
            error(stepId, "consultation needs a budget (each consulted agency's deadline)");
        }
        Role replyRole = role(map.get("replyRole"), stepId, "consultation replyRole");
        if (replyRole == null) {
            error(stepId, "consultation needs a replyRole");
        }
        String joinTarget = null;
        String joinStatus = null;
        if (map.get("join") instanceof Map<?, ?> join) {
            joinTarget = join.get("to") == null ? null : join.get("to").toString();
            joinStatus = join.get("status") == null ? null : join.get("status").toString();
        }
        if (joinTarget == null || joinStatus == null) {
            error(stepId, "consultation needs join: {to, status}");
        }
        return new Step.Consultation(budget, replyRole, joinTarget, joinStatus);
    }

    private void checkGraph(String start, List<Step> steps, Set<String> ids) {
        if (start != null && !ids.contains(start)) {
            error(null, "start step '" + start + "' does not exist");
        }
        Map<String, Step> byId = new LinkedHashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        for (Step s : steps) {
            for (Transition t : s.transitions().values()) {
                if (!ids.contains(t.target())) {
                    error(s.id(), "action " + t.action() + " targets unknown step '" + t.target() + "'");
                } else if (t.action() == WorkflowAction.CONSULT && byId.get(t.target()).consultation() == null) {
                    error(s.id(), "action CONSULT must target a consultation step, not '" + t.target() + "'");
                }
                if (t.action() == WorkflowAction.CONSULTATION_REPLY && s.consultation() == null) {
                    error(s.id(), "action CONSULTATION_REPLY is only allowed in a consultation step");
                }
            }
            if (s.consultation() != null && s.consultation().joinTarget() != null
                    && !ids.contains(s.consultation().joinTarget())) {
                error(s.id(), "consultation joins unknown step '" + s.consultation().joinTarget() + "'");
            }
        }
        if (steps.stream().noneMatch(Step::terminal)) {
            error(null, "no terminal step (a dossier must be able to finish)");
        }
        if (start == null || !ids.contains(start)) {
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Step s = byId.get(queue.pop());
            if (s == null || !reached.add(s.id())) {
                continue;
            }
            s.transitions().values().forEach(t -> queue.add(t.target()));
            if (s.consultation() != null && s.consultation().joinTarget() != null) {
                queue.add(s.consultation().joinTarget());
            }
        }
        for (Step s : steps) {
            if (!reached.contains(s.id())) {
                error(s.id(), "unreachable from start step '" + start + "'");
            }
        }
    }

    private Role role(Object value, String stepId, String what) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            error(stepId, what + " '" + value + "' is not a known role");
            return null;
        }
    }

    private StepBudget budget(Object value, String stepId, String what) {
        if (value == null) {
            return null;
        }
        try {
            return StepBudget.parse(value.toString());
        } catch (RuntimeException e) {
            error(stepId, what + " '" + value + "' must look like 8h, 2d or 30%");
            return null;
        }
    }

    private String text(Map<?, ?> map, String key, String stepId, boolean required) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                error(stepId, "missing " + key);
            }
            return null;
        }
        return value.toString();
    }

    private void error(String stepId, String message) {
        errors.add(source + (stepId == null ? "" : ": step '" + stepId + "'") + ": " + message);
    }
}
