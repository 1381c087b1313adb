package org.onedoor.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.onedoor.catalog.Channel;
import org.onedoor.common.TimeLimit;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatus;

/** A row of {@code dossier.dossier}. */
record DossierRow(String code, int version, String procedureCode, int procedureVersion, String procedureName,
                  TimeLimit limit, String workflowId, int workflowVersion, String stepId, DossierStatus status,
                  Channel channel, String receivingAgencyCode, String competentAgencyCode, Applicant applicant,
                  String locale, List<String> declaredComponents, String tokenHash, String assignee,
                  Instant submittedAt, Instant receivedAt, Instant clockStart, Instant dueAt, Instant stepDueAt,
                  Instant finishedAt, Instant pausedAt, int supplementCount, boolean extended, int historyCount) {

    static DossierRow map(ResultSet rs, int n) throws SQLException {
        java.sql.Array array = rs.getArray("declared_components");
        List<String> components = array == null ? List.of() : List.of((String[]) array.getArray());
        return new DossierRow(rs.getString("code"), rs.getInt("version"), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("procedure_name"),
                new TimeLimit(rs.getInt("time_limit_amount"), TimeLimit.Unit.valueOf(rs.getString("time_limit_unit"))),
                rs.getString("workflow_id"), rs.getInt("workflow_version"), rs.getString("step_id"),
                DossierStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                rs.getString("receiving_agency_code"), rs.getString("competent_agency_code"),
                new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_id_number"),
                        rs.getString("applicant_business_code"), rs.getString("applicant_name"),
                        rs.getObject("applicant_birth_date", java.time.LocalDate.class), rs.getString("applicant_phone"),
                        rs.getString("applicant_email"), rs.getString("applicant_address")),
                rs.getString("applicant_locale"), components, rs.getString("submission_token_hash"),
                rs.getString("assignee"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "clock_start"), instant(rs, "due_at"), instant(rs, "step_due_at"),
                instant(rs, "finished_at"), instant(rs, "paused_at"), rs.getInt("supplement_count"),
                rs.getBoolean("extended"), rs.getInt("history_count"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    DossierSnapshot snapshot() {
        return new DossierSnapshot(code, procedureCode, procedureVersion, procedureName, receivingAgencyCode,
                competentAgencyCode, channel, status, receivedAt != null ? receivedAt : submittedAt, dueAt, finishedAt,
                supplementCount, extended, applicant.name(), applicant.email(), applicant.phone(), locale);
    }

    Draft draft() {
        return new Draft(this);
    }

    /** The parts of a dossier a transition may change. */
    static final class Draft {
        private final DossierRow base;
        int version;
        String stepId;
        DossierStatus status;
        String assignee;
        Instant receivedAt;
        Instant clockStart;
        Instant dueAt;
        Instant stepDueAt;
        Instant finishedAt;
        Instant pausedAt;
        int supplementCount;
        boolean extended;
        int historyCount;

        private Draft(DossierRow b) {
            base = b;
            version = b.version;
            stepId = b.stepId;
            status = b.status;
            assignee = b.assignee;
            receivedAt = b.receivedAt;
            clockStart = b.clockStart;
            dueAt = b.dueAt;
            stepDueAt = b.stepDueAt;
            finishedAt = b.finishedAt;
            pausedAt = b.pausedAt;
            supplementCount = b.supplementCount;
            extended = b.extended;
            historyCount = b.historyCount;
        }

        DossierRow build() {
            DossierRow b = base;
            return new DossierRow(b.code, version, b.procedureCode, b.procedureVersion, b.procedureName, b.limit,
                    b.workflowId, b.workflowVersion, stepId, status, b.channel, b.receivingAgencyCode,
                    b.competentAgencyCode, b.applicant, b.locale, b.declaredComponents, b.tokenHash, assignee,
                    b.submittedAt, receivedAt, clockStart, dueAt, stepDueAt, finishedAt, pausedAt, supplementCount,
                    extended, historyCount);
        }
    }
}
