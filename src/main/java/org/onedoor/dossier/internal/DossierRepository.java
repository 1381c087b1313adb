package org.onedoor.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.ConsultationBranch;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.HistoryEntry;
import org.onedoor.dossier.InboxQuery;
import org.onedoor.dossier.InboxRow;
import org.onedoor.dossier.PublicTracking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the dossier schema. Every statement qualifies its tables (the connection's search path is public). */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of an agency's day. Row-locks the counter until the transaction ends: concurrent submissions
     * to one agency queue here, and a rollback also rolls the number back, so codes stay consecutive.
     */
    int nextNumber(String agencyCode, LocalDate day) {
        return jdbc.sql("""
                        insert into dossier.code_counter (agency_code, day, n) values (:agency, :day, 1)
                        on conflict (agency_code, day) do update set n = dossier.code_counter.n + 1
                        returning n""")
                .param("agency", agencyCode).param("day", day).query(Integer.class).single();
    }

    void insert(DossierRow d) {
        jdbc.sql("""
                        insert into dossier.dossier (code, version, procedure_code, procedure_version, procedure_name,
                            time_limit_amount, time_limit_unit, workflow_id, workflow_version, step_id, status, channel,
                            receiving_agency_code, competent_agency_code, applicant_type, applicant_id_number,
                            applicant_business_code, applicant_name, applicant_birth_date, applicant_phone,
                            applicant_email, applicant_address, applicant_locale, declared_components,
                            submission_token_hash, assignee, submitted_at, received_at, clock_start, due_at,
                            step_due_at, finished_at, paused_at, supplement_count, extended, history_count)
                        values (:code, :version, :procedureCode, :procedureVersion, :procedureName, :limitAmount,
                            :limitUnit, :workflowId, :workflowVersion, :stepId, :status, :channel, :receiving,
                            :competent, :applicantType, :idNumber, :businessCode, :name, :birthDate, :phone, :email,
                            :address, :locale, :components, :tokenHash, :assignee, :submittedAt, :receivedAt,
                            :clockStart, :dueAt, :stepDueAt, :finishedAt, :pausedAt, :supplementCount, :extended,
                            :historyCount)""")
                .param("code", d.code()).param("version", d.version()).param("procedureCode", d.procedureCode())
                .param("procedureVersion", d.procedureVersion()).param("procedureName", d.procedureName())
                .param("limitAmount", d.limit().amount()).param("limitUnit", d.limit().unit().name())
                .param("workflowId", d.workflowId()).param("workflowVersion", d.workflowVersion())
                .param("stepId", d.stepId()).param("status", d.status().name()).param("channel", d.channel().name())
                .param("receiving", d.receivingAgencyCode()).param("competent", d.competentAgencyCode())
                .param("applicantType", d.applicant().type().name()).param("idNumber", d.applicant().idNumber())
                .param("businessCode", d.applicant().businessCode()).param("name", d.applicant().name())
                .param("birthDate", d.applicant().birthDate()).param("phone", d.applicant().phone())
                .param("email", d.applicant().email()).param("address", d.applicant().address())
                .param("locale", d.locale()).param("components", d.declaredComponents().toArray(String[]::new))
                .param("tokenHash", d.tokenHash()).param("assignee", d.assignee())
                .param("submittedAt", ts(d.submittedAt())).param("receivedAt", ts(d.receivedAt()))
                .param("clockStart", ts(d.clockStart())).param("dueAt", ts(d.dueAt()))
                .param("stepDueAt", ts(d.stepDueAt())).param("finishedAt", ts(d.finishedAt()))
                .param("pausedAt", ts(d.pausedAt())).param("supplementCount", d.supplementCount())
                .param("extended", d.extended()).param("historyCount", d.historyCount())
                .update();
    }

    Optional<DossierRow> find(String code) {
        return jdbc.sql("select * from dossier.dossier where code = :code").param("code", code)
                .query(DossierRow::map).optional();
    }

    /** What public tracking needs, with the applicant's secrets to check against. */
    record PublicRow(PublicTracking tracking, Applicant applicant) {
    }

    /** The public view of a dossier and its timeline in one statement (one snapshot, one round trip). */
    Optional<PublicRow> publicView(String code) {
        return jdbc.sql("""
                        select d.code, d.procedure_code, d.procedure_name, d.status, d.received_at, d.submitted_at,
                               d.due_at, d.finished_at, d.applicant_type, d.applicant_id_number,
                               d.applicant_business_code, d.applicant_name, d.applicant_phone,
                               h.at, h.action, h.to_status
                          from dossier.dossier d
                          left join dossier.dossier_history h on h.dossier_code = d.code
                         where d.code = :code
                         order by h.sequence""")
                .param("code", code)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<PublicRow>empty();
                    }
                    Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")),
                            rs.getString("applicant_id_number"), rs.getString("applicant_business_code"),
                            rs.getString("applicant_name"), null, rs.getString("applicant_phone"), null, null);
                    Instant received = DossierRow.instant(rs, "received_at");
                    PublicTracking head = new PublicTracking(rs.getString("code"), rs.getString("procedure_code"),
                            rs.getString("procedure_name"), applicant.name(), DossierStatus.valueOf(rs.getString("status")),
                            received != null ? received : DossierRow.instant(rs, "submitted_at"),
                            DossierRow.instant(rs, "due_at"), DossierRow.instant(rs, "finished_at"), List.of());
                    List<PublicTracking.Event> timeline = new ArrayList<>();
                    do {
                        if (rs.getString("action") != null) {
                            timeline.add(new PublicTracking.Event(DossierRow.instant(rs, "at"), rs.getString("action"),
                                    DossierStatus.valueOf(rs.getString("to_status"))));
                        }
                    } while (rs.next());
                    return Optional.of(new PublicRow(new PublicTracking(head.code(), head.procedureCode(),
                            head.procedureName(), head.applicantName(), head.status(), head.receivedAt(), head.dueAt(),
                            head.finishedAt(), timeline), applicant));
                });
    }

    /**
     * The dossier if the officer may see it: their agency received it, is competent for it, or is consulted on it.
     * Unknown and invisible dossiers both answer 404 (no hint that a code exists).
     */
    DossierRow findVisible(String code, org.onedoor.identity.Officer officer) {
        DossierRow row = find(code).orElseThrow(() -> org.onedoor.common.DomainException.notFound("dossier.notFound", code));
        if (!Access.sees(officer, row, consulted(code, officer.agencyCode()))) {
            throw org.onedoor.common.DomainException.notFound("dossier.notFound", code);
        }
        return row;
    }

    /** A citizen's own dossiers, newest first (at most {@code limit}). */
    List<DossierRow> ofApplicant(String idNumber, int limit) {
        return jdbc.sql("""
                        select * from dossier.dossier where applicant_id_number = :id
                         order by submitted_at desc limit :limit""")
                .param("id", idNumber).param("limit", limit).query(DossierRow::map).list();
    }

    /** Writes the moving parts of the dossier if nobody changed it since {@code readVersion}; false otherwise. */
    boolean update(DossierRow d, int readVersion) {
        return jdbc.sql("""
                        update dossier.dossier set version = version + 1, step_id = :stepId, status = :status,
                            assignee = :assignee, received_at = :receivedAt, clock_start = :clockStart, due_at = :dueAt,
                            step_due_at = :stepDueAt, finished_at = :finishedAt, paused_at = :pausedAt,
                            supplement_count = :supplementCount, extended = :extended, history_count = :historyCount
                        where code = :code and version = :readVersion""")
                .param("stepId", d.stepId()).param("status", d.status().name()).param("assignee", d.assignee())
                .param("receivedAt", ts(d.receivedAt())).param("clockStart", ts(d.clockStart()))
                .param("dueAt", ts(d.dueAt())).param("stepDueAt", ts(d.stepDueAt()))
                .param("finishedAt", ts(d.finishedAt())).param("pausedAt", ts(d.pausedAt()))
                .param("supplementCount", d.supplementCount()).param("extended", d.extended())
                .param("historyCount", d.historyCount()).param("code", d.code()).param("readVersion", readVersion)
                .update() == 1;
    }

    void insertHistory(String code, HistoryEntry h, String fromStep, Instant dueAt) {
        jdbc.sql("""
                        insert into dossier.dossier_history (dossier_code, sequence, at, actor, action, comment,
                            from_status, to_status, from_step, step_id, step_due_at, due_at)
                        values (:code, :seq, :at, :actor, :action, :comment, :from, :to, :fromStep, :step, :stepDue, :due)""")
                .param("code", code).param("seq", h.sequence()).param("at", ts(h.at())).param("actor", h.actor())
                .param("action", h.action()).param("comment", h.comment())
                .param("from", h.from() == null ? null : h.from().name()).param("to", h.to().name())
                .param("fromStep", fromStep).param("step", h.stepId()).param("stepDue", ts(h.stepDueAt()))
                .param("due", ts(dueAt)).update();
    }

    List<HistoryEntry> history(String code) {
        return jdbc.sql("select * from dossier.dossier_history where dossier_code = :code order by sequence")
                .param("code", code)
                .query((rs, n) -> new HistoryEntry(rs.getInt("sequence"), DossierRow.instant(rs, "at"),
                        rs.getString("actor"), rs.getString("action"), rs.getString("comment"),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getString("step_id"),
                        DossierRow.instant(rs, "step_due_at"), DossierRow.instant(rs, "due_at")))
                .list();
    }

    void insertFile(String code, DossierFile f) {
        jdbc.sql("""
                        insert into dossier.dossier_file (dossier_code, component_code, file_name, media_type, sha256,
                            size, uploaded_at, uploaded_by)
                        values (:code, :component, :name, :type, :sha, :size, :at, :by)""")
                .param("code", code).param("component", f.componentCode()).param("name", f.fileName())
                .param("type", f.mediaType()).param("sha", f.sha256()).param("size", f.size())
                .param("at", ts(f.uploadedAt())).param("by", f.uploadedBy()).update();
    }

    List<DossierFile> files(String code) {
        return jdbc.sql("select * from dossier.dossier_file where dossier_code = :code order by id")
                .param("code", code)
                .query((rs, n) -> new DossierFile(rs.getString("component_code"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getString("sha256"), rs.getLong("size"),
                        DossierRow.instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
                .list();
    }

    int lastRound(String code) {
        return jdbc.sql("select coalesce(max(round), 0) from dossier.consultation where dossier_code = :code")
                .param("code", code).query(Integer.class).single();
    }

    void openBranch(String code, int round, String agency, Instant at, Instant due) {
        jdbc.sql("""
                        insert into dossier.consultation (dossier_code, round, agency_code, requested_at, due_at)
                        values (:code, :round, :agency, :at, :due)""")
                .param("code", code).param("round", round).param("agency", agency).param("at", ts(at))
                .param("due", ts(due)).update();
    }

    boolean reply(String code, int round, String agency, Instant at, String by, String text) {
        return jdbc.sql("""
                        update dossier.consultation set replied_at = :at, replied_by = :by, reply = :text
                        where dossier_code = :code and round = :round and agency_code = :agency and replied_at is null""")
                .param("at", ts(at)).param("by", by).param("text", text).param("code", code).param("round", round)
                .param("agency", agency).update() == 1;
    }

    /** Branches of one round ({@code round} 0 = all rounds). */
    List<ConsultationBranch> branches(String code, int round) {
        return jdbc.sql("""
                        select * from dossier.consultation where dossier_code = :code and (:round = 0 or round = :round)
                        order by round, agency_code""")
                .param("code", code).param("round", round)
                .query((rs, n) -> new ConsultationBranch(rs.getString("agency_code"),
                        DossierRow.instant(rs, "requested_at"), DossierRow.instant(rs, "due_at"),
                        DossierRow.instant(rs, "replied_at"), rs.getString("reply")))
                .list();
    }

    boolean consulted(String code, String agency) {
        return jdbc.sql("select count(*) from dossier.consultation where dossier_code = :code and agency_code = :agency")
                .param("code", code).param("agency", agency).query(Integer.class).single() > 0;
    }

    /** Claims an idempotency key for this transaction; false when it already exists (waits for a concurrent claim). */
    boolean claimKey(String key, String requestHash) {
        return jdbc.sql("""
                        insert into dossier.idempotency_key (key, request_hash) values (:key, :hash)
                        on conflict (key) do nothing""")
                .param("key", key).param("hash", requestHash).update() == 1;
    }

    record StoredKey(String requestHash, String response) {
    }

    Optional<StoredKey> key(String key) {
        return jdbc.sql("select request_hash, response from dossier.idempotency_key where key = :key").param("key", key)
                .query((rs, n) -> new StoredKey(rs.getString(1), rs.getString(2))).optional();
    }

    void completeKey(String key, String code, String response) {
        jdbc.sql("update dossier.idempotency_key set dossier_code = :code, response = :response where key = :key")
                .param("code", code).param("response", response).param("key", key).update();
    }

    /** Dossiers received by {@code agency} in [from, to), by receipt (or submission) time. */
    List<DossierRow> received(String agency, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from dossier.dossier
                        where receiving_agency_code = :agency
                          and coalesce(received_at, submitted_at) >= :from and coalesce(received_at, submitted_at) < :to
                        order by coalesce(received_at, submitted_at), code limit 5000""")
                .param("agency", agency).param("from", ts(from)).param("to", ts(to))
                .query(DossierRow::map).list();
    }

    List<InboxRow> inbox(String agency, String username, InboxQuery q, long[] total) {
        String where = """
                 from dossier.dossier d
                 where (d.receiving_agency_code = :agency or d.competent_agency_code = :agency
                        or exists (select 1 from dossier.consultation c where c.dossier_code = d.code
                                   and c.agency_code = :agency and c.replied_at is null))
                   and (cast(:status as text) is null or d.status = :status)
                   and (cast(:step as text) is null or d.step_id = :step)
                   and (not :mine or d.assignee = :username)""";
        var count = jdbc.sql("select count(*)" + where).param("agency", agency)
                .param("status", q.status() == null ? null : q.status().name()).param("step", q.stepId())
                .param("mine", q.mine()).param("username", username);
        total[0] = count.query(Long.class).single();
        return jdbc.sql("select d.*" + where
                        + " order by d.finished_at is not null, coalesce(d.step_due_at, d.due_at), d.code"
                        + " limit :size offset :offset")
                .param("agency", agency).param("status", q.status() == null ? null : q.status().name())
                .param("step", q.stepId()).param("mine", q.mine()).param("username", username)
                .param("size", q.size()).param("offset", (long) q.page() * q.size())
                .query((rs, n) -> new InboxRow(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getString("procedure_name"), rs.getString("applicant_name"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getString("step_id"),
                        rs.getString("assignee"), DossierRow.instant(rs, rs.getTimestamp("received_at") == null ? "submitted_at" : "received_at"),
                        DossierRow.instant(rs, "due_at"), DossierRow.instant(rs, "step_due_at"), rs.getInt("version")))
                .list();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
