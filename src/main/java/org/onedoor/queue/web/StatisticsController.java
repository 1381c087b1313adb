package org.onedoor.queue.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.Queues;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The centre manager's statistics page: a day's figures per hour, line, counter and officer with charts (ECharts)
 * and data tables, and the same figures as CSV and XLSX. Only the centre's own managers and leaders, or an admin.
 * Per-officer figures are personal performance data, so every view and export is an audited read.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_MANAGER','LEADER','ADMIN')")
class StatisticsController {

    private final Queues queues;
    private final Officers officers;
    private final MessageSource messages;
    private final JsonMapper json;
    private final AuditTrail audit;

    StatisticsController(Queues queues, Officers officers, MessageSource messages, JsonMapper json, AuditTrail audit) {
        this.queues = queues;
        this.officers = officers;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
    }

    @GetMapping("/queue/{centre}/statistics")
    String page(@PathVariable String centre, @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale, Model model) {
        FloorStatistics statistics = read(centre, day, "page");
        model.addAttribute("centre", centre);
        model.addAttribute("stats", statistics);
        model.addAttribute("previous", statistics.day().minusDays(1));
        model.addAttribute("next", statistics.day().plusDays(1));
        model.addAttribute("today", today());
        model.addAttribute("sections", StatisticsTable.of(statistics, messages, locale));
        model.addAttribute("chartData", json.writeValueAsString(statistics));
        return "queue/statistics";
    }

    @GetMapping("/queue/{centre}/statistics.csv")
    ResponseEntity<byte[]> csv(@PathVariable String centre, @RequestParam(required = false)
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale) {
        FloorStatistics s = read(centre, day, "csv");
        return attachment(StatisticsExports.csv(StatisticsTable.of(s, messages, locale)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), filename(s, "csv"));
    }

    @GetMapping("/queue/{centre}/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String centre, @RequestParam(required = false)
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale) {
        FloorStatistics s = read(centre, day, "xlsx");
        return attachment(StatisticsExports.xlsx(StatisticsTable.of(s, messages, locale)),
                MediaType.parseMediaType(StatisticsExports.XLSX_TYPE), filename(s, "xlsx"));
    }

    private FloorStatistics read(String centre, LocalDate day, String how) {
        Officer officer = officers.current()
                .filter(o -> centre.equals(o.agencyCode()) || o.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("not a manager of centre " + centre));
        LocalDate d = day != null ? day : today();
        audit.recordRead("queue.statistics.read", "centre", centre, d + " " + how + " by " + officer.username());
        return queues.statistics(centre, d);
    }

    private static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    private static String filename(FloorStatistics s, String extension) {
        return "queue-statistics-" + s.centre() + "-" + s.day() + "." + extension;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
