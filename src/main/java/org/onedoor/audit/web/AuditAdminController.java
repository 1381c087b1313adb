package org.onedoor.audit.web;

import java.time.LocalDate;

import org.onedoor.audit.AuditSealer;
import org.onedoor.audit.AuditTrail;
import org.onedoor.audit.AuditVerifier;
import org.onedoor.audit.internal.AuditSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /admin/audit: search the trail and verify its chain; shows how many rows are not sealed (chained) yet, since
 * those are not tamper-evident yet. Reading the trail is itself recorded in it.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

    private final AuditSearch search;
    private final AuditVerifier verifier;
    private final AuditTrail trail;
    private final AuditSealer sealer;

    AuditAdminController(AuditSearch search, AuditVerifier verifier, AuditTrail trail, AuditSealer sealer) {
        this.search = search;
        this.verifier = verifier;
        this.trail = trail;
        this.sealer = sealer;
    }

    @GetMapping
    @Transactional
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String subject,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        var criteria = new AuditSearch.Criteria(actor, action, subject, from, to);
        int p = Math.max(0, Math.min(page, AuditSearch.MAX_PAGE));
        var events = search.search(criteria, p);
        model.addAttribute("criteria", criteria);
        model.addAttribute("events", events);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", events.size() == AuditSearch.LIMIT && p < AuditSearch.MAX_PAGE);
        model.addAttribute("limit", AuditSearch.LIMIT);
        model.addAttribute("unsealed", verifier.unsealed());
        trail.record("audit.read", "audit", null, describe(criteria) + (p > 0 ? " page=" + p : ""));
        return "audit/list";
    }

    /** Seals what is committed first (in its own transactions), so the check covers everything up to now. */
    @PostMapping("/verify")
    @Transactional
    String verify(Model model) {
        sealer.sealNow();
        var result = verifier.verify();
        var reads = verifier.verifyReadLog();
        trail.record("audit.verify", "audit", null, (result.valid() ? "valid " + result.checked()
                : "broken at " + result.firstBrokenId() + " (" + result.reason() + ")")
                + "; read log " + (reads.valid() ? "valid " + reads.blocks() + " blocks " + reads.reads() + " reads"
                : "broken at block " + reads.firstBrokenBlock() + " (" + reads.reason() + ")"));
        model.addAttribute("verification", result);
        model.addAttribute("readLogVerification", reads);
        model.addAttribute("page", 0);
        model.addAttribute("hasNext", false);
        model.addAttribute("unsealed", result.unsealed());
        var criteria = new AuditSearch.Criteria(null, null, null, null, null);
        model.addAttribute("criteria", criteria);
        model.addAttribute("events", search.search(criteria));
        model.addAttribute("limit", AuditSearch.LIMIT);
        return "audit/list";
    }

    private static String describe(AuditSearch.Criteria c) {
        return "actor=" + nz(c.actor()) + " action=" + nz(c.action()) + " subject=" + nz(c.subject())
                + " from=" + (c.from() == null ? "" : c.from()) + " to=" + (c.to() == null ? "" : c.to());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
