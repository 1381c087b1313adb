package org.onedoor.workflow.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Read-only view of the loaded workflow definitions (YAML templates under {@code workflows/}): every step with its
 * role, party, time budget, consultation settings and allowed actions with their targets, and the procedures in
 * force today that use each workflow (decision 0253).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WorkflowAdminController {

    private final Workflows workflows;
    private final ObjectProvider<ProcedureCatalog> catalog;

    WorkflowAdminController(Workflows workflows, ObjectProvider<ProcedureCatalog> catalog) {
        this.workflows = workflows;
        this.catalog = catalog;
    }

    @GetMapping("/admin/workflows")
    String page(Model model) {
        List<WorkflowDefinition> all = workflows.all().stream()
                .sorted(Comparator.comparing(WorkflowDefinition::id).thenComparing(WorkflowDefinition::version))
                .toList();
        ProcedureCatalog procedures = catalog.getIfAvailable();
        Map<String, List<Procedure>> usage = procedures == null ? Map.of()
                : procedures.search("", 500).stream()
                        .filter(p -> p.workflow() != null)
                        .sorted(Comparator.comparing(Procedure::code))
                        .collect(Collectors.groupingBy(Procedure::workflow));
        model.addAttribute("workflows", all);
        model.addAttribute("usage", usage);
        return "workflow/admin";
    }
}
