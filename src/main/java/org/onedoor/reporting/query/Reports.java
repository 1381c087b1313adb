package org.onedoor.reporting.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.VietnamTime;
import org.onedoor.reporting.ReportingProperties;
import org.onedoor.reporting.query.ReportViews.CountRow;
import org.onedoor.reporting.query.ReportViews.Dashboard;
import org.onedoor.reporting.query.ReportViews.Indicators;
import org.onedoor.reporting.query.ReportViews.Kpis;
import org.onedoor.reporting.query.ReportViews.MonthRow;
import org.onedoor.reporting.query.ReportViews.OverdueRow;
import org.onedoor.reporting.query.ReportViews.Satisfaction;
import org.onedoor.reporting.query.ReportViews.TimelinessRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Report figures computed on the read model {@code reporting.dossier_fact}, always within a {@link ReportScope}.
 * Status groups by national code (DOMAIN.md §5): in progress 1, 2, 4, 5, 6; closed without a result 3, 7, 8;
 * processed 9, 10. Overdue: in progress, not waiting for the applicant's supplement (5, the clock is paused),
 * due time passed.
 */
@Service
public class Reports {

    static final String RECEIVED = "received_at >= :start and received_at < :end";
    static final String PROCESSED = "national_status in (9, 10) and finished_at >= :start and finished_at < :end";
    static final String OVERDUE = "national_status in (1, 2, 4, 6) and due_at < :now";
    static final long MINUTES_PER_WORKING_DAY = 8 * 60;

    private final JdbcClient jdbc;
    private final ObjectProvider<WorkingCalendar> calendar;
    private final AgencyTree agencies;
    private final MessageSource messages;
    private final ReportingProperties properties;
    private final Clock clock = Clock.systemUTC();

    Reports(JdbcClient jdbc, ObjectProvider<WorkingCalendar> calendar, AgencyTree agencies, MessageSource messages,
            ReportingProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.agencies = agencies;
        this.messages = messages;
        this.properties = properties;
    }

    public Dashboard dashboard(ReportFilter filter, ReportScope scope, Locale locale) {
        FactCriteria c = criteria(filter, scope);
        return new Dashboard(filter, kpis(c), byStatus(c, locale), byAgency(c, locale), byProcedure(c),
                monthly(c, filter), channels(c, locale), overdue(c, locale));
    }

    public Kpis kpis(ReportFilter filter, ReportScope scope) {
        return kpis(criteria(filter, scope));
    }

    public List<TimelinessRow> byProcedure(ReportFilter filter, ReportScope scope) {
        return byProcedure(criteria(filter, scope));
    }

    public List<OverdueRow> overdue(ReportFilter filter, ReportScope scope, Locale locale) {
        return overdue(criteria(filter, scope), locale);
    }

    /** Decision 766 indicators: two decimals, N/A when there is nothing to divide by. */
    public Indicators indicators(ReportFilter filter, ReportScope scope) {
        FactCriteria c = criteria(filter, scope);
        Kpis k = kpis(c);
        BigDecimal averageMinutes = jdbc.sql("select avg(processing_minutes) from reporting.dossier_fact" + c.where()
                        + " and " + PROCESSED + " and processing_minutes is not null")
                .params(c.params()).query((rs, n) -> rs.getBigDecimal(1)).list().get(0);
        BigDecimal averageDays = averageMinutes == null ? null
                : averageMinutes.divide(BigDecimal.valueOf(MINUTES_PER_WORKING_DAY), 2, RoundingMode.HALF_UP);
        return new Indicators(filter, k.onTimeRate(), averageDays, k.onlineShare(), satisfaction(filter, scope).score());
    }

    private static final String RATING_COUNTS = """
            select count(*) filter (where r.rating = 'SATISFIED') as satisfied,
                   count(*) filter (where r.rating = 'ACCEPTABLE') as acceptable,
                   count(*) filter (where r.rating = 'NOT_SATISFIED') as not_satisfied
              from reporting.service_rating r
            """;

    /**
     * The citizens' ratings of their visits in the period and scope (centres in scope; with a procedure filter, only
     * visits linked to a dossier of that procedure), scored as decision 0427 says: satisfied 2 points, acceptable 1,
     * not satisfied 0, as a percentage of the maximum; N/A when there is no rating.
     */
    public Satisfaction satisfaction(ReportFilter filter, ReportScope scope) {
        ReportScope narrowed = scope.narrowTo(filter.agency() == null ? null : agencies.withDescendants(filter.agency()));
        StringBuilder sql = new StringBuilder(RATING_COUNTS).append(" where r.at >= :start and r.at < :end");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("start", Timestamp.from(filter.start()));
        params.put("end", Timestamp.from(filter.end()));
        if (!narrowed.unrestricted()) {
            if (narrowed.agencyCodes().isEmpty()) {
                sql.append(" and false");
            } else {
                sql.append(" and r.centre in (:codes)");
                params.put("codes", List.copyOf(narrowed.agencyCodes()));
            }
        }
        if (filter.procedure() != null) {
            sql.append(" and exists (select 1 from reporting.dossier_fact f where f.code = r.dossier_code"
                    + " and f.procedure_code = :procedure)");
            params.put("procedure", filter.procedure());
        }
        return jdbc.sql(sql.toString()).params(params).query(Reports::satisfactionRow).single();
    }

    /** The same ratings per officer who served the visit (visits without an officer under null), best score first. */
    public List<ReportViews.OfficerSatisfaction> satisfactionByOfficer(ReportFilter filter, ReportScope scope) {
        ReportScope narrowed = scope.narrowTo(filter.agency() == null ? null : agencies.withDescendants(filter.agency()));
        StringBuilder sql = new StringBuilder(RATING_COUNTS.replace("select ", "select r.officer, "))
                .append(" where r.at >= :start and r.at < :end");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("start", Timestamp.from(filter.start()));
        params.put("end", Timestamp.from(filter.end()));
        if (!narrowed.unrestricted()) {
            if (narrowed.agencyCodes().isEmpty()) {
                sql.append(" and false");
            } else {
                sql.append(" and r.centre in (:codes)");
                params.put("codes", List.copyOf(narrowed.agencyCodes()));
            }
        }
        sql.append(" group by r.officer order by r.officer nulls last");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new ReportViews.OfficerSatisfaction(rs.getString("officer"), satisfactionRow(rs, n)))
                .list().stream()
                .sorted(java.util.Comparator.comparing((ReportViews.OfficerSatisfaction o) -> o.ratings().score(),
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
    }

    /** The ratings of the visits linked to a dossier (none when the dossier is not in the scope). */
    public Satisfaction dossierSatisfaction(String dossierCode, ReportScope scope) {
        FactCriteria c = FactCriteria.of(scope);
        Map<String, Object> params = new java.util.HashMap<>(c.params());
        params.put("dossier", dossierCode);
        return jdbc.sql(RATING_COUNTS + " where r.dossier_code = :dossier"
                        + " and exists (select 1 from reporting.dossier_fact" + c.where() + " and code = :dossier)")
                .params(params).query(Reports::satisfactionRow).single();
    }

    private static Satisfaction satisfactionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Satisfaction(rs.getLong("satisfied"), rs.getLong("acceptable"), rs.getLong("not_satisfied"));
    }

    /** Procedures that have dossiers in the scope, code → name, for the filter. */
    public Map<String, String> procedures(ReportScope scope) {
        FactCriteria c = FactCriteria.of(scope);
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql("select procedure_code, max(procedure_name) as name from reporting.dossier_fact" + c.where()
                        + " group by procedure_code order by 2, 1")
                .params(c.params())
                .query(rs -> {
                    result.put(rs.getString("procedure_code"), rs.getString("name"));
                });
        return result;
    }

    /** Agencies having dossiers in the scope, code → name, for the filter. */
    public Map<String, String> agencies(ReportScope scope, Locale locale) {
        FactCriteria c = FactCriteria.of(scope);
        Map<String, String> result = new TreeMap<>();
        jdbc.sql("select competent_agency_code as code from reporting.dossier_fact" + c.where()
                        + " union select receiving_agency_code from reporting.dossier_fact" + c.where())
                .params(c.params())
                .query(rs -> {
                    String code = rs.getString("code");
                    if (scope.allows(code)) {
                        result.put(code, agencies.name(code, locale));
                    }
                });
        for (String code : scope.unrestricted() ? agencies.allCodes() : scope.agencyCodes()) {
            result.putIfAbsent(code, agencies.name(code, locale));
        }
        return result;
    }

    /** The default period: the last {@code defaultPeriodMonths} months, this month included, up to today. */
    public ReportFilter defaultFilter(LocalDate from, LocalDate to, String agency, String procedure) {
        LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE) : to;
        LocalDate start = from == null
                ? end.withDayOfMonth(1).minusMonths(Math.max(0, properties.defaultPeriodMonths() - 1)) : from;
        return new ReportFilter(start, end, agency, procedure);
    }

    private FactCriteria criteria(ReportFilter filter, ReportScope scope) {
        ReportScope narrowed = scope.narrowTo(filter.agency() == null ? null : agencies.withDescendants(filter.agency()));
        return FactCriteria.of(filter, narrowed, clock.instant());
    }

    private Kpis kpis(FactCriteria c) {
        return jdbc.sql("select"
                        + " count(*) filter (where " + RECEIVED + ") as received,"
                        + " count(*) filter (where " + RECEIVED + " and national_status in (1, 2, 4, 5, 6)) as in_progress,"
                        + " count(*) filter (where " + RECEIVED + " and national_status in (3, 7, 8)) as closed,"
                        + " count(*) filter (where " + RECEIVED + " and channel = 'ONLINE') as online,"
                        + " count(*) filter (where " + PROCESSED + ") as finished,"
                        + " count(*) filter (where " + PROCESSED + " and timeliness = 'EARLY') as early,"
                        + " count(*) filter (where " + PROCESSED + " and timeliness = 'ON_TIME') as on_time,"
                        + " count(*) filter (where " + PROCESSED + " and timeliness = 'LATE') as late,"
                        + " count(*) filter (where " + OVERDUE + ") as overdue"
                        + " from reporting.dossier_fact" + c.where())
                .params(c.params())
                .query((rs, n) -> {
                    long received = rs.getLong("received");
                    long finished = rs.getLong("finished");
                    long early = rs.getLong("early");
                    long onTime = rs.getLong("on_time");
                    long online = rs.getLong("online");
                    return new Kpis(received, rs.getLong("in_progress"), rs.getLong("closed"), finished, early, onTime,
                            rs.getLong("late"), rs.getLong("overdue"), online,
                            new Ratio(early + onTime, finished), new Ratio(online, received));
                })
                .single();
    }

    private List<CountRow> byStatus(FactCriteria c, Locale locale) {
        return jdbc.sql("select national_status, count(*) as n from reporting.dossier_fact" + c.where()
                        + " and " + RECEIVED + " group by national_status order by national_status")
                .params(c.params())
                .query((rs, n) -> {
                    String key = String.valueOf(rs.getInt("national_status"));
                    return new CountRow(key, message("reporting.status." + key, locale), rs.getLong("n"));
                })
                .list();
    }

    private List<TimelinessRow> byAgency(FactCriteria c, Locale locale) {
        return timeliness(c, "competent_agency_code", "competent_agency_code").stream()
                .map(r -> new TimelinessRow(r.key(), agencies.name(r.key(), locale), r.finished(), r.early(), r.onTime(), r.late()))
                .toList();
    }

    private List<TimelinessRow> byProcedure(FactCriteria c) {
        return timeliness(c, "procedure_code", "max(procedure_name)");
    }

    private List<TimelinessRow> timeliness(FactCriteria c, String key, String label) {
        return jdbc.sql("select " + key + " as key, " + label + " as label, count(*) as finished,"
                        + " count(*) filter (where timeliness = 'EARLY') as early,"
                        + " count(*) filter (where timeliness = 'ON_TIME') as on_time,"
                        + " count(*) filter (where timeliness = 'LATE') as late"
                        + " from reporting.dossier_fact" + c.where() + " and " + PROCESSED
                        + " group by " + key + " order by count(*) desc, " + key)
                .params(c.params())
                .query((rs, n) -> new TimelinessRow(rs.getString("key"), rs.getString("label"), rs.getLong("finished"),
                        rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late")))
                .list();
    }

    private List<MonthRow> monthly(FactCriteria c, ReportFilter filter) {
        Map<String, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            months.put(m.toString(), new long[2]);
        }
        String month = "to_char(%s at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')";
        jdbc.sql("select " + month.formatted("received_at") + " as month, count(*) as n from reporting.dossier_fact"
                        + c.where() + " and " + RECEIVED + " group by 1")
                .params(c.params())
                .query(rs -> {
                    months.computeIfAbsent(rs.getString("month"), k -> new long[2])[0] = rs.getLong("n");
                });
        jdbc.sql("select " + month.formatted("finished_at") + " as month, count(*) as n from reporting.dossier_fact"
                        + c.where() + " and " + PROCESSED + " group by 1")
                .params(c.params())
                .query(rs -> {
                    months.computeIfAbsent(rs.getString("month"), k -> new long[2])[1] = rs.getLong("n");
                });
        List<MonthRow> rows = new ArrayList<>();
        months.forEach((m, n) -> rows.add(new MonthRow(m, n[0], n[1])));
        return rows;
    }

    private List<CountRow> channels(FactCriteria c, Locale locale) {
        return jdbc.sql("select channel, count(*) as n from reporting.dossier_fact" + c.where() + " and " + RECEIVED
                        + " group by channel order by count(*) desc, channel")
                .params(c.params())
                .query((rs, n) -> new CountRow(rs.getString("channel"),
                        message("reporting.channel." + rs.getString("channel"), locale), rs.getLong("n")))
                .list();
    }

    private List<OverdueRow> overdue(FactCriteria c, Locale locale) {
        Instant now = ((Timestamp) c.params().get("now")).toInstant();
        return jdbc.sql("select code, procedure_code, procedure_name, competent_agency_code, status, national_status, due_at"
                        + " from reporting.dossier_fact" + c.where() + " and " + OVERDUE
                        + " order by due_at, code limit :limit")
                .params(c.params())
                .param("limit", properties.overdueListLimit())
                .query((rs, n) -> {
                    Instant due = rs.getTimestamp("due_at").toInstant();
                    String agency = rs.getString("competent_agency_code");
                    return new OverdueRow(rs.getString("code"), rs.getString("procedure_code"),
                            rs.getString("procedure_name"), agency, agencies.name(agency, locale),
                            rs.getString("status"), rs.getInt("national_status"), due, workingDaysOverdue(due, now));
                })
                .list();
    }

    /** Started working days past the due time; at least 1 for anything overdue. */
    private long workingDaysOverdue(Instant due, Instant now) {
        WorkingCalendar workingCalendar = calendar.getIfAvailable();
        long minutes = workingCalendar != null ? workingCalendar.workingMinutesBetween(due, now)
                : Duration.between(due, now).toMinutes() / 3; // no calendar yet: 8 of 24 hours

        return Math.max(1, (minutes + MINUTES_PER_WORKING_DAY - 1) / MINUTES_PER_WORKING_DAY);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
