package org.onedoor.reporting.web;

import java.time.LocalDate;
import java.util.Locale;

import org.onedoor.reporting.query.ReportFilter;
import org.onedoor.reporting.query.ReportScope;
import org.onedoor.reporting.query.ReportViews.Dashboard;
import org.onedoor.reporting.query.Reports;
import org.onedoor.reporting.query.ScopeResolver;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The managers' dashboard ("báo cáo, thống kê"): headline figures, charts with a data table under each, the
 * on-time rate by procedure and the overdue list. Chart data is inlined as JSON so the page needs one request.
 */
@Controller
@PreAuthorize(ReportRoles.DASHBOARD)
class DashboardController {

    private final Reports reports;
    private final ScopeResolver scopes;
    private final JsonMapper json;
    private final CsvExports csv;

    DashboardController(Reports reports, ScopeResolver scopes, JsonMapper json, CsvExports csv) {
        this.reports = reports;
        this.scopes = scopes;
        this.json = json;
        this.csv = csv;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
                     Locale locale, Model model) {
        ReportScope scope = scopes.current();
        ReportFilter filter = reports.defaultFilter(from, to, agency, procedure);
        Dashboard dashboard = reports.dashboard(filter, scope, locale);
        model.addAttribute("filter", filter);
        model.addAttribute("report", dashboard);
        model.addAttribute("chartData", json.writeValueAsString(dashboard));
        model.addAttribute("agencyOptions", reports.agencies(scope, locale));
        model.addAttribute("procedureOptions", reports.procedures(scope));
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("satisfaction", reports.satisfaction(filter, scope));
        return "reporting/dashboard";
    }

    /** The overdue list as CSV, for the page's download link (signed in with the browser session). */
    @GetMapping("/dashboard/overdue.csv")
    ResponseEntity<byte[]> overdueCsv(@RequestParam(required = false) String agency,
                                      @RequestParam(required = false) String procedure, Locale locale) {
        return csv.overdue(reports.defaultFilter(null, null, agency, procedure), scopes.current(), locale);
    }

    /** The on-time rate by procedure as CSV, for the page's download link. */
    @GetMapping("/dashboard/by-procedure.csv")
    ResponseEntity<byte[]> byProcedureCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String agency,
                                          @RequestParam(required = false) String procedure, Locale locale) {
        return csv.byProcedure(reports.defaultFilter(from, to, agency, procedure), scopes.current(), locale);
    }

    /** The filter as a query string for the CSV links. */
    private static String query(ReportFilter f) {
        StringBuilder q = new StringBuilder("from=").append(f.from()).append("&to=").append(f.to());
        if (f.agency() != null) {
            q.append("&agency=").append(java.net.URLEncoder.encode(f.agency(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (f.procedure() != null) {
            q.append("&procedure=").append(java.net.URLEncoder.encode(f.procedure(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
