package org.onedoor.reporting;

import java.time.Instant;
import java.time.LocalDateTime;

import org.onedoor.catalog.Channel;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;

/** Builds dossier events for tests; every setter returns a new builder, so a base can be shared safely. */
public record DossierEvents(String code, String procedureCode, String procedureName, String receiving, String competent,
                            Channel channel, DossierStatus status, Instant receivedAt, Instant dueAt, Instant finishedAt,
                            int supplements, boolean extended) {

    public static DossierEvents dossier(String code) {
        return new DossierEvents(code, "1.000001.RPT", "Thủ tục A", ReportingTestConfiguration.D1,
                ReportingTestConfiguration.D1, Channel.COUNTER, DossierStatus.RECEIVED, vn("2026-03-02T09:00"),
                vn("2026-03-09T17:00"), null, 0, false);
    }

    /** Local Vietnam time, e.g. {@code 2026-03-02T09:00}. */
    public static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
    }

    public DossierEvents procedure(String code, String name) {
        return new DossierEvents(this.code, code, name, receiving, competent, channel, status, receivedAt, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents agency(String agency) {
        return new DossierEvents(code, procedureCode, procedureName, agency, agency, channel, status, receivedAt, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents receivedBy(String centre) {
        return new DossierEvents(code, procedureCode, procedureName, centre, competent, channel, status, receivedAt, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents channel(Channel channel) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, status, receivedAt, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents status(DossierStatus status) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, status, receivedAt, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents received(Instant at) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, status, at, dueAt, finishedAt, supplements, extended);
    }

    public DossierEvents due(Instant at) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, status, receivedAt, at, finishedAt, supplements, extended);
    }

    /** Processed (result returned) at the given time. */
    public DossierEvents finished(Instant at) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, DossierStatus.RESULT_RETURNED, receivedAt, dueAt, at, supplements, extended);
    }

    public DossierEvents supplements(int count) {
        return new DossierEvents(code, procedureCode, procedureName, receiving, competent, channel, status, receivedAt, dueAt, finishedAt, count, extended);
    }

    public DossierStatusChanged event(int sequence) {
        return event(sequence, Instant.now());
    }

    public DossierStatusChanged event(int sequence, Instant at) {
        return new DossierStatusChanged(sequence, null, "TEST", "test", null, at,
                new DossierSnapshot(code, procedureCode, 1, procedureName, receiving, competent, channel, status,
                        receivedAt, dueAt, finishedAt, supplements, extended, "Nguyễn Văn A", null, null, "vi"));
    }
}
