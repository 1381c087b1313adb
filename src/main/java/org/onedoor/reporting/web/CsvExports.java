package org.onedoor.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.common.VietnamTime;
import org.onedoor.reporting.query.ReportFilter;
import org.onedoor.reporting.query.ReportScope;
import org.onedoor.reporting.query.ReportViews.OverdueRow;
import org.onedoor.reporting.query.ReportViews.TimelinessRow;
import org.onedoor.reporting.query.Reports;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The two spreadsheet exports, shared by the dashboard page (browser session) and the API (HTTP Basic): the
 * overdue list and the on-time rate by procedure. Headers in the caller's language.
 */
@Component
class CsvExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnamTime.ZONE);

    private final Reports reports;
    private final MessageSource messages;

    CsvExports(Reports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    ResponseEntity<byte[]> overdue(ReportFilter filter, ReportScope scope, Locale locale) {
        Csv csv = new Csv().row(headers(locale, "code", "procedureCode", "procedure", "agencyCode", "agency", "status",
                "dueAt", "daysOverdue"));
        for (OverdueRow r : reports.overdue(filter, scope, locale)) {
            csv.row(List.of(r.code(), r.procedureCode(), r.procedureName(), r.agencyCode(), r.agencyName(),
                    r.nationalStatus() + " " + text("reporting.status." + r.nationalStatus(), locale),
                    TIME.format(r.dueAt()), r.daysOverdue()));
        }
        return attachment(csv, "overdue.csv");
    }

    ResponseEntity<byte[]> byProcedure(ReportFilter filter, ReportScope scope, Locale locale) {
        Csv csv = new Csv().row(headers(locale, "procedureCode", "procedure", "finished", "early", "onTime", "late",
                "onTimeRate"));
        for (TimelinessRow r : reports.byProcedure(filter, scope)) {
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
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv.bytes());
    }
}
