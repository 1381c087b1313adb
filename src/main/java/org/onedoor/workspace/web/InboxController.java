package org.onedoor.workspace.web;

import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.InboxPage;
import org.onedoor.dossier.InboxQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's inbox ("hồ sơ cần xử lý"), most urgent first, filtered by status, step and "assigned to me".
 * The same URL answers the whole page, or only the table when htmx asks ({@code HX-Request}).
 */
@Controller
@PreAuthorize(WorkspaceSecurity.OFFICER)
class InboxController {

    static final int PAGE_SIZE = 20;

    private final DossierQueries queries;
    private final CurrentOfficer officer;

    InboxController(DossierQueries queries, CurrentOfficer officer) {
        this.queries = queries;
        this.officer = officer;
    }

    @GetMapping("/workspace")
    public String inbox(@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String step,
                 @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
        String stepId = step == null || step.isBlank() ? null : step.strip();
        InboxPage inbox = queries.inbox(officer.get(), new InboxQuery(status, stepId, mine, page, PAGE_SIZE));
        model.addAttribute("inbox", inbox);
        model.addAttribute("status", status);
        model.addAttribute("step", stepId);
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", DossierStatus.values());
        long pages = Math.max(1, (inbox.total() + inbox.size() - 1) / Math.max(1, inbox.size()));
        model.addAttribute("pages", pages);
        // a history restore after a cache miss needs the whole page, although htmx sends HX-Request with it
        return htmx != null && historyRestore == null ? "workspace/inbox :: table" : "workspace/inbox";
    }
}
