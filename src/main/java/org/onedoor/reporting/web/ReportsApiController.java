package org.onedoor.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onedoor.reporting.query.ReportViews.Dashboard;
import org.onedoor.reporting.query.ReportViews.Indicators;
import org.onedoor.reporting.query.ReportViews.Kpis;
import org.onedoor.reporting.query.ReportViews.OverdueRow;
import org.onedoor.reporting.query.ReportViews.TimelinessRow;
import org.onedoor.reporting.query.Reports;
import org.onedoor.reporting.query.ScopeResolver;
import org.springframework.format.annotation.DateTimeFormat;
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
 * default the last twelve months. API clients authenticate with HTTP Basic (the API never reads the browser
 * session); the dashboard page serves the same CSV files under {@code /dashboard/*.csv}.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize(ReportRoles.OFFICERS)
@Tag(name = "Reports", description = "Dashboard figures, overdue list and Decision 766 indicators")
class ReportsApiController {

    private final Reports reports;
    private final ScopeResolver scopes;
    private final CsvExports csv;

    ReportsApiController(Reports reports, ScopeResolver scopes, CsvExports csv) {
        this.reports = reports;
        this.scopes = scopes;
        this.csv = csv;
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
    @Operation(summary = "Decision 766/QĐ-TTg indicators: on-time share, average processing days, online share, satisfaction from the citizens' ratings (N/A when none)")
    Indicators indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure) {
        return reports.indicators(reports.defaultFilter(from, to, agency, procedure), scopes.current());
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "Citizens' ratings of their visits (satisfied / acceptable / not satisfied) and the satisfaction score")
    org.onedoor.reporting.query.ReportViews.Satisfaction satisfaction(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String dossier) {
        if (dossier != null && !dossier.isBlank()) {
            return reports.dossierSatisfaction(dossier.strip(), scopes.current());
        }
        return reports.satisfaction(reports.defaultFilter(from, to, agency, procedure), scopes.current());
    }

    @GetMapping("/satisfaction/by-officer")
    @Operation(summary = "Citizens' ratings and satisfaction score per officer who served the visit")
    List<org.onedoor.reporting.query.ReportViews.OfficerSatisfaction> satisfactionByOfficer(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency) {
        return reports.satisfactionByOfficer(reports.defaultFilter(from, to, agency, null), scopes.current());
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
        return csv.overdue(reports.defaultFilter(null, null, agency, procedure), scopes.current(), locale);
    }

    @GetMapping("/by-procedure.csv")
    @Operation(summary = "On-time rate by procedure as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> byProcedureCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String agency,
                                          @RequestParam(required = false) String procedure, Locale locale) {
        return csv.byProcedure(reports.defaultFilter(from, to, agency, procedure), scopes.current(), locale);
    }
}
