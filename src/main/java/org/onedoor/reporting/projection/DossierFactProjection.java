package org.onedoor.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@code reporting.dossier_fact} in step with the dossiers: one row per dossier, upserted from every
 * {@link DossierStatusChanged}. By default applied in the dossier's own transaction just before it commits
 * ({@link InTransaction}); with {@code onedoor.reporting.projection=outbox} delivered asynchronously after the
 * commit through the event publication registry ({@link ThroughOutbox}), where an event may arrive twice or after
 * a newer one. The upsert only takes an
 * event whose sequence is greater than the row's {@code last_sequence}, atomically in one statement:
 * repeated and stale events change nothing.
 */
@Component
class DossierFactProjection {

    private static final Logger log = LoggerFactory.getLogger(DossierFactProjection.class);

    private final JdbcClient jdbc;
    private final SingletonSupplier<WorkingCalendar> calendar;

    /**
     * The calendar is looked up per event: should it be missing, the listener fails and the event stays in the
     * publication registry to be delivered again, instead of the application refusing to start.
     */
    DossierFactProjection(JdbcClient jdbc, ObjectProvider<WorkingCalendar> calendars) {
        this.jdbc = jdbc;
        this.calendar = SingletonSupplier.of(calendars::getIfAvailable);
    }

    private WorkingCalendar calendar() {
        return calendar.obtain();   // kept once found: the factory look-up is not free
    }

    /** Default delivery: in the dossier's transaction, just before it commits (decision 0204). */
    @Component
    @ConditionalOnProperty(name = "onedoor.reporting.projection", havingValue = "in-transaction", matchIfMissing = true)
    static class InTransaction {

        private final DossierFactProjection projection;

        InTransaction(DossierFactProjection projection) {
            this.projection = projection;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
        void on(DossierStatusChanged event) {
            projection.apply(event);
        }
    }

    /** Delivery through the outbox, after commit, for a reporting store of its own (decision 0204). */
    @Component
    @ConditionalOnProperty(name = "onedoor.reporting.projection", havingValue = "outbox")
    static class ThroughOutbox {

        private final DossierFactProjection projection;

        ThroughOutbox(DossierFactProjection projection) {
            this.projection = projection;
        }

        @ApplicationModuleListener
        void on(DossierStatusChanged event) {
            projection.apply(event);
        }
    }

    /** Applies one event; returns whether the row changed (false for a repeated or stale event). */
    boolean apply(DossierStatusChanged event) {
        DossierSnapshot d = event.dossier();
        WorkingCalendar calendar = calendar();
        Timeliness timeliness = TimelinessRule.classify(d.status(), d.finishedAt(), d.dueAt(), d.supplementCount(), calendar);
        jdbc.sql("insert into reporting.dossier_transition (code, sequence, status, at) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(d.code(), event.sequence(), d.status().name(), timestamp(event.at()))
                .update();
        int changed = jdbc.sql("""
                        insert into reporting.dossier_fact (code, procedure_code, procedure_name, receiving_agency_code,
                            competent_agency_code, channel, status, national_status, received_at, due_at, finished_at,
                            supplement_count, extended, timeliness, last_sequence, updated_at)
                        values (:code, :procedureCode, :procedureName, :receiving, :competent, :channel, :status,
                            :nationalStatus, :receivedAt, :dueAt, :finishedAt, :supplements, :extended, :timeliness,
                            :sequence, now())
                        on conflict (code) do update set
                            procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
                            receiving_agency_code = excluded.receiving_agency_code,
                            competent_agency_code = excluded.competent_agency_code, channel = excluded.channel,
                            status = excluded.status, national_status = excluded.national_status,
                            received_at = excluded.received_at, due_at = excluded.due_at,
                            finished_at = excluded.finished_at, supplement_count = excluded.supplement_count,
                            extended = excluded.extended, timeliness = excluded.timeliness,
                            last_sequence = excluded.last_sequence, updated_at = now(),
                            processing_minutes = case when excluded.national_status >= 9
                                                      then reporting.dossier_fact.processing_minutes end
                        where reporting.dossier_fact.last_sequence < excluded.last_sequence
                        """)
                .param("code", d.code())
                .param("procedureCode", d.procedureCode())
                .param("procedureName", d.procedureName() == null ? d.procedureCode() : d.procedureName())
                .param("receiving", d.receivingAgencyCode())
                .param("competent", d.competentAgencyCode() == null ? d.receivingAgencyCode() : d.competentAgencyCode())
                .param("channel", d.channel().name())
                .param("status", d.status().name())
                .param("nationalStatus", d.status().nationalCode())
                .param("receivedAt", timestamp(d.receivedAt()))
                .param("dueAt", timestamp(d.dueAt()))
                .param("finishedAt", timestamp(d.finishedAt()))
                .param("supplements", d.supplementCount())
                .param("extended", d.extended())
                .param("timeliness", timeliness == null ? null : timeliness.name())
                .param("sequence", event.sequence())
                .update();
        if (changed == 0) {
            log.debug("Ignored stale or repeated event {} #{}", d.code(), event.sequence());
        }
        // the processing time exists from the result on (national status 9 or 10); recomputed after a stale
        // event too, which may carry the missing end or start of a supplement wait. Other events leave it null.
        if (changed == 0 || d.status().nationalCode() >= 9) {
            recordProcessingTime(d.code(), calendar);
        }
        return changed > 0;
    }

    /**
     * Working time from receipt to result minus the working time spent waiting for the applicant's supplement
     * (from entering SUPPLEMENT_REQUESTED to the next transition). Null until the dossier is processed. The
     * upsert above locked the fact row, so of two concurrent events for one dossier the later one sees both
     * transitions.
     */
    private void recordProcessingTime(String code, WorkingCalendar calendar) {
        Map<String, Object> fact = jdbc.sql("select national_status, received_at, finished_at from reporting.dossier_fact where code = ?")
                .param(code).query().singleRow();
        Instant received = instant(fact.get("received_at"));
        Instant finished = instant(fact.get("finished_at"));
        Long minutes = null;
        if (((Number) fact.get("national_status")).intValue() >= 9 && received != null && finished != null) {
            long waiting = 0;
            for (Instant[] wait : supplementWaits(code)) {
                Instant from = wait[0].isBefore(received) ? received : wait[0];
                Instant to = wait[1].isAfter(finished) ? finished : wait[1];
                waiting += calendar.workingMinutesBetween(from, to);
            }
            minutes = Math.max(0, calendar.workingMinutesBetween(received, finished) - waiting);
            if (TimelinessRule.anySupplementRequestLate(received, supplementRequests(code), calendar)) {
                jdbc.sql("update reporting.dossier_fact set timeliness = 'LATE' where code = ? and timeliness is not null")
                        .param(code).update();
            }
        }
        jdbc.sql("update reporting.dossier_fact set processing_minutes = ? where code = ?").params(minutes, code).update();
    }

    /** When each supplement request of the dossier was sent. */
    private List<Instant> supplementRequests(String code) {
        return jdbc.sql("select at from reporting.dossier_transition where code = ? and status = 'SUPPLEMENT_REQUESTED'")
                .param(code).query((rs, n) -> rs.getTimestamp("at").toInstant()).list();
    }

    /** [start, end] of each supplement wait whose end is known (the next transition has arrived). */
    private List<Instant[]> supplementWaits(String code) {
        return jdbc.sql("""
                        select at, next_at from (
                            select status, sequence, at,
                                   lead(at) over (order by sequence) as next_at,
                                   lead(sequence) over (order by sequence) as next_sequence
                            from reporting.dossier_transition where code = ?) t
                        where status = 'SUPPLEMENT_REQUESTED' and next_sequence = sequence + 1
                        """)
                .param(code)
                .query((rs, n) -> new Instant[] {rs.getTimestamp("at").toInstant(), rs.getTimestamp("next_at").toInstant()})
                .list();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
