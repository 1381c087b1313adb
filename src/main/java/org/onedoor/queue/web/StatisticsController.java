package org.onedoor.queue.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    private final Clock clock;

    StatisticsController(Queues queues, Officers officers, MessageSource messages, JsonMapper json, AuditTrail audit,
                         Optional<Clock> clock) {
        this.queues = queues;
        this.officers = officers;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Longest period shown at once (a year of events is still one indexed scan per centre). */
    static final int MAX_DAYS = 366;

    /** The days asked for: {@code day} alone, or {@code day} to {@code to}. */
    record Period(LocalDate from, LocalDate to) {
        public boolean single() {
            return from.equals(to);
        }

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    @GetMapping("/queue/{centre}/statistics")
    String page(@PathVariable String centre,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Locale locale, Model model) {
        Period period = period(day, to, today());
        FloorStatistics statistics = read(centre, period, "page");
        long days = period.days();
        model.addAttribute("centre", centre);
        model.addAttribute("stats", statistics);
        model.addAttribute("period", period);
        model.addAttribute("previous", new Period(period.from().minusDays(days), period.to().minusDays(days)));
        model.addAttribute("next", new Period(period.from().plusDays(days), period.to().plusDays(days)));
        model.addAttribute("today", today());
        model.addAttribute("sections", StatisticsTable.of(statistics, period.to(), messages, locale));
        model.addAttribute("chartData", json.writeValueAsString(statistics));
        return "queue/statistics";
    }

    @GetMapping("/queue/{centre}/statistics.csv")
    ResponseEntity<byte[]> csv(@PathVariable String centre,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               Locale locale) {
        Period period = period(day, to, today());
        FloorStatistics s = read(centre, period, "csv");
        return attachment(StatisticsExports.csv(StatisticsTable.of(s, period.to(), messages, locale)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), filename(centre, period, "csv"));
    }

    @GetMapping("/queue/{centre}/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String centre,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                Locale locale) {
        Period period = period(day, to, today());
        FloorStatistics s = read(centre, period, "xlsx");
        return attachment(StatisticsExports.xlsx(StatisticsTable.of(s, period.to(), messages, locale)),
                MediaType.parseMediaType(StatisticsExports.XLSX_TYPE), filename(centre, period, "xlsx"));
    }

    /** A missing day is today; a missing or earlier end is the same day; a period is cut to {@link #MAX_DAYS}. */
    static Period period(LocalDate day, LocalDate to, LocalDate today) {
        LocalDate from = day != null ? day : today;
        LocalDate end = to == null || to.isBefore(from) ? from : to;
        if (ChronoUnit.DAYS.between(from, end) >= MAX_DAYS) {
            end = from.plusDays(MAX_DAYS - 1);
        }
        return new Period(from, end);
    }

    private FloorStatistics read(String centre, Period period, String how) {
        Officer officer = officers.current()
                .filter(o -> centre.equals(o.agencyCode()) || o.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("not a manager of centre " + centre));
        audit.recordRead("queue.statistics.read", "centre", centre,
                period.from() + ".." + period.to() + " " + how + " by " + officer.username());
        return period.single() ? queues.statistics(centre, period.from())
                : queues.statistics(centre, period.from(), period.to());
    }

    /** Today in Vietnam by the floor's clock (a test may stop it). */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
    }

    private static String filename(String centre, Period period, String extension) {
        return "queue-statistics-" + centre + "-" + period.from() + (period.single() ? "" : "_" + period.to())
                + "." + extension;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
