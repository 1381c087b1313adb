package org.onedoor.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;

import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code reporting.dossier_fact} in step with the dossiers: one row per dossier, upserted from every
 * {@link DossierStatusChanged}. Delivered asynchronously after the dossier's transaction commits, through the
 * event publication registry, so an event may arrive twice or after a newer one. The upsert only takes an
 * event whose sequence is greater than the row's {@code last_sequence}, atomically in one statement:
 * repeated and stale events change nothing.
 */
@Component
class DossierFactProjection {

    private static final Logger log = LoggerFactory.getLogger(DossierFactProjection.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<WorkingCalendar> calendars;

    /**
     * The calendar is looked up per event: should it be missing, the listener fails and the event stays in the
     * publication registry to be delivered again, instead of the application refusing to start.
     */
    DossierFactProjection(JdbcClient jdbc, ObjectProvider<WorkingCalendar> calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        apply(event);
    }

    /** Applies one event; returns whether the row changed (false for a repeated or stale event). */
    boolean apply(DossierStatusChanged event) {
        DossierSnapshot d = event.dossier();
        WorkingCalendar calendar = calendars.getObject();
        Timeliness timeliness = TimelinessRule.classify(d.status(), d.finishedAt(), d.dueAt(), d.supplementCount(), calendar);
        Long processingMinutes = TimelinessRule.isProcessed(d.status()) && d.receivedAt() != null && d.finishedAt() != null
                ? calendar.workingMinutesBetween(d.receivedAt(), d.finishedAt()) : null;
        int changed = jdbc.sql("""
                        insert into reporting.dossier_fact (code, procedure_code, procedure_name, receiving_agency_code,
                            competent_agency_code, channel, status, national_status, received_at, due_at, finished_at,
                            supplement_count, extended, timeliness, processing_minutes, last_sequence, updated_at)
                        values (:code, :procedureCode, :procedureName, :receiving, :competent, :channel, :status,
                            :nationalStatus, :receivedAt, :dueAt, :finishedAt, :supplements, :extended, :timeliness,
                            :processingMinutes, :sequence, now())
                        on conflict (code) do update set
                            procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
                            receiving_agency_code = excluded.receiving_agency_code,
                            competent_agency_code = excluded.competent_agency_code, channel = excluded.channel,
                            status = excluded.status, national_status = excluded.national_status,
                            received_at = excluded.received_at, due_at = excluded.due_at,
                            finished_at = excluded.finished_at, supplement_count = excluded.supplement_count,
                            extended = excluded.extended, timeliness = excluded.timeliness,
                            processing_minutes = excluded.processing_minutes,
                            last_sequence = excluded.last_sequence, updated_at = now()
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
                .param("processingMinutes", processingMinutes)
                .param("sequence", event.sequence())
                .update();
        if (changed == 0) {
            log.debug("Ignored stale or repeated event {} #{}", d.code(), event.sequence());
        }
        return changed > 0;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
