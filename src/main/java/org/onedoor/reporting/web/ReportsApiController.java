package org.onedoor.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onedoor.common.VietnamTime;
import org.onedoor.reporting.query.ReportFilter;
import org.onedoor.reporting.query.ReportViews.Dashboard;
import org.onedoor.reporting.query.ReportViews.Indicators;
import org.onedoor.reporting.query.ReportViews.Kpis;
import org.onedoor.reporting.query.ReportViews.OverdueRow;
import org.onedoor.reporting.query.ReportViews.TimelinessRow;
import org.onedoor.reporting.query.Reports;
import org.onedoor.reporting.query.ScopeResolver;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report data as JSON (for the dashboard's charts and for other tools) and CSV (for spreadsheets). Every call is
 * limited to the caller's agencies: their agency and those under it; a provincial leader sees the province and
 * an administrator everything. Period: {@code from}/{@code to} as ISO dates (Vietnam time, inclusive),
 * default the last twelve months.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize(ReportRoles.OFFICERS)
@Tag(name = "Reports", description = "Dashboard figures, overdue list and Decision 766 indicators")
class ReportsApiController {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnamTime.ZONE);

    private final Reports reports;
    private final ScopeResolver scopes;
    private final MessageSource messages;

    ReportsApiController(Reports reports, ScopeResolver scopes, MessageSource messages) {
        this.reports = reports;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Everything the dashboard shows: KPIs, by status, by agency, by procedure, monthly, channels, overdue")
    Dashboard dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
                        Locale locale) {
        return reports.dashboard(reports.defaultFilter(from, to, agency, procedure), scopes.current(), locale);
    }

    @GetMapping("/kpis")
    @Operation(summary = "Headline figures: received, in progress, finished, on-time rate, overdue now, online share")
    Kpis kpis(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure) {
        return reports.kpis(reports.defaultFilter(from, to, agency, procedure), scopes.current());
    }

    @GetMapping("/indicators")
    @Operation(summary = "Decision 766/QĐ-TTg indicators: on-time share, average processing days, online share, satisfaction (N/A)")
    Indicators indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure) {
        return reports.indicators(reports.defaultFilter(from, to, agency, procedure), scopes.current());
    }

    @GetMapping("/by-procedure")
    @Operation(summary = "Processed dossiers and on-time rate per procedure")
    List<TimelinessRow> byProcedure(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure) {
        return reports.byProcedure(reports.defaultFilter(from, to, agency, procedure), scopes.current());
    }

    @GetMapping("/overdue")
    @Operation(summary = "Dossiers past their due time and not finished, most overdue first")
    List<OverdueRow> overdue(@RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
                             Locale locale) {
        return reports.overdue(reports.defaultFilter(null, null, agency, procedure), scopes.current(), locale);
    }

    @GetMapping("/overdue.csv")
    @Operation(summary = "The overdue list as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> overdueCsv(@RequestParam(required = false) String agency,
                                      @RequestParam(required = false) String procedure, Locale locale) {
        Csv csv = new Csv().row(headers(locale, "code", "procedureCode", "procedure", "agencyCode", "agency", "status",
                "dueAt", "daysOverdue"));
        for (OverdueRow r : reports.overdue(reports.defaultFilter(null, null, agency, procedure), scopes.current(), locale)) {
            csv.row(List.of(r.code(), r.procedureCode(), r.procedureName(), r.agencyCode(), r.agencyName(),
                    r.nationalStatus() + " " + text("reporting.status." + r.nationalStatus(), locale),
                    CSV_TIME.format(r.dueAt()), r.daysOverdue()));
        }
        return attachment(csv, "overdue.csv");
    }

    @GetMapping("/by-procedure.csv")
    @Operation(summary = "On-time rate by procedure as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> byProcedureCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String agency,
                                          @RequestParam(required = false) String procedure, Locale locale) {
        Csv csv = new Csv().row(headers(locale, "procedureCode", "procedure", "finished", "early", "onTime", "late",
                "onTimeRate"));
        for (TimelinessRow r : reports.byProcedure(reports.defaultFilter(from, to, agency, procedure), scopes.current())) {
            csv.row(List.of(r.key(), r.label(), r.finished(), r.early(), r.onTime(), r.late(), r.onTimeRate().display()));
        }
        return attachment(csv, "on-time-by-procedure.csv");
    }

    private List<String> headers(Locale locale, String... keys) {
        List<String> result = new ArrayList<>();
        for (String key : keys) {
            result.add(text("reporting.column." + key, locale));
        }
        return result;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ResponseEntity<byte[]> attachment(Csv csv, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv.bytes());
    }
}
