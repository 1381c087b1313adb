package org.onedoor.ecopy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.ecopy.FaceVerifier.FaceMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kiosk requests in {@code ecopy.copy_request}. Every update bumps the version and {@code updated_at}. */
@Repository
public class CopyRequests {

    private final JdbcClient jdbc;

    CopyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewRequest(UUID id, String kioskId, String agencyCode, String tokenHash, String idNumber, String fullName,
                      LocalDate birthDate, String sex, String identifiedBy, String email, String phone, String locale,
                      String citizenUsername, Instant now, Instant expiresAt) {
    }

    void insert(NewRequest r) {
        jdbc.sql("""
                        insert into ecopy.copy_request (id, kiosk_id, agency_code, state, token_hash, id_number,
                            full_name, birth_date, sex, identified_by, email, phone, locale, citizen_username,
                            created_at, updated_at, expires_at)
                        values (:id, :kiosk, :agency, 'IDENTIFIED', :token, :idNumber, :name, :birthDate, :sex, :by,
                            :email, :phone, :locale, :citizen, :now, :now, :expires)""")
                .param("id", r.id()).param("kiosk", r.kioskId()).param("agency", r.agencyCode())
                .param("token", r.tokenHash()).param("idNumber", r.idNumber()).param("name", r.fullName())
                .param("birthDate", r.birthDate()).param("sex", r.sex()).param("by", r.identifiedBy())
                .param("email", r.email()).param("phone", r.phone()).param("locale", r.locale())
                .param("citizen", r.citizenUsername()).param("now", ts(r.now())).param("expires", ts(r.expiresAt()))
                .update();
    }

    public Optional<CopyRequest> find(UUID id) {
        return jdbc.sql("select * from ecopy.copy_request where id = :id").param("id", id)
                .query(CopyRequest::map).optional();
    }

    /** Reads and row-locks a request until the transaction ends: transitions of one request queue here. */
    Optional<CopyRequest> lock(UUID id) {
        return jdbc.sql("select * from ecopy.copy_request where id = :id for update").param("id", id)
                .query(CopyRequest::map).optional();
    }

    Optional<CopyRequest> findByPaymentOrder(String orderId) {
        return jdbc.sql("select * from ecopy.copy_request where payment_order_id = :o").param("o", orderId)
                .query(CopyRequest::map).optional();
    }

    /** Requests of an agency waiting for an officer, oldest first. */
    List<CopyRequest> awaitingReview(String agencyCode, int limit) {
        return jdbc.sql("""
                        select * from ecopy.copy_request
                        where agency_code = :agency and state in ('AWAITING_FACE_REVIEW', 'AWAITING_OFFICER_REVIEW')
                        order by updated_at limit :limit""")
                .param("agency", agencyCode).param("limit", limit).query(CopyRequest::map).list();
    }

    /** The request a kiosk's scanner is feeding: the newest one of that kiosk waiting for its scans. */
    Optional<CopyRequest> waitingForScan(String kioskId, Instant now) {
        return jdbc.sql("""
                        select * from ecopy.copy_request
                        where kiosk_id = :kiosk and state in ('AUTHENTICATED', 'AWAITING_FACE_REVIEW') and expires_at > :now
                        order by created_at desc limit 1""")
                .param("kiosk", kioskId).param("now", ts(now)).query(CopyRequest::map).optional();
    }

    /** Paid requests not issued (an issue was interrupted), for the retry job. */
    List<UUID> paidNotIssued(Instant before) {
        return jdbc.sql("select id from ecopy.copy_request where state = 'PAID' and updated_at < :before")
                .param("before", ts(before)).query(UUID.class).list();
    }

    int expire(Instant now) {
        return jdbc.sql("""
                        update ecopy.copy_request set state = 'EXPIRED', version = version + 1, updated_at = :now
                        where expires_at < :now and state not in ('PAID', 'ISSUED', 'REJECTED', 'EXPIRED')
                            and not (state = 'RECOGNISED' and payment_order_id is not null and expires_at > cast(:now as timestamptz) - interval '1 day')""")
                .param("now", ts(now)).update();
    }

    void state(UUID id, RequestState state, Instant now) {
        jdbc.sql("update ecopy.copy_request set state = :s, version = version + 1, updated_at = :now where id = :id")
                .param("s", state.name()).param("now", ts(now)).param("id", id).update();
    }

    void face(UUID id, String photoSha256, FaceMatch verdict, RequestState state, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set face_photo_sha256 = :sha, face_verdict = :verdict, state = :s,
                            version = version + 1, updated_at = :now where id = :id""")
                .param("sha", photoSha256).param("verdict", verdict.name()).param("s", state.name())
                .param("now", ts(now)).param("id", id).update();
    }

    void scans(UUID id, List<String> sha256, List<Double> dpi, List<String> fileNames, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set scan_sha256 = :shas, scan_dpi = :dpi, original_file_names = :names,
                            state = 'SCANNED', document_type = null, recognised_fields = null,
                            recognition_problems = '{}', review_reasons = '{}', version = version + 1, updated_at = :now
                        where id = :id""")
                .param("shas", sha256.toArray(String[]::new)).param("dpi", dpi.toArray(Double[]::new))
                .param("names", fileNames.toArray(String[]::new))
                .param("now", ts(now)).param("id", id).update();
    }

    void recognition(UUID id, String documentType, String fieldsJson, List<String> problems, double confidence,
                     List<String> reviewReasons, long feeVnd, RequestState state, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set document_type = :type, recognised_fields = cast(:fields as jsonb),
                            recognition_problems = :problems, ocr_confidence = :confidence, review_reasons = :reasons,
                            fee_vnd = :fee, state = :s, version = version + 1, updated_at = :now
                        where id = :id""")
                .param("type", documentType).param("fields", fieldsJson)
                .param("problems", problems.toArray(String[]::new)).param("confidence", confidence)
                .param("reasons", reviewReasons.toArray(String[]::new)).param("fee", feeVnd)
                .param("s", state.name()).param("now", ts(now)).param("id", id).update();
    }

    void officerApproval(UUID id, String officer, boolean face, boolean document, RequestState state, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set
                            face_confirmed_by = case when :face then :officer else face_confirmed_by end,
                            document_reviewed_by = case when :document then :officer else document_reviewed_by end,
                            state = :s, version = version + 1, updated_at = :now
                        where id = :id""")
                .param("officer", officer).param("face", face).param("document", document).param("s", state.name())
                .param("now", ts(now)).param("id", id).update();
    }

    void reject(UUID id, String officer, String reason, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set state = 'REJECTED', rejected_by = :officer, reject_reason = :reason,
                            version = version + 1, updated_at = :now where id = :id""")
                .param("officer", officer).param("reason", reason).param("now", ts(now)).param("id", id).update();
    }

    void paymentOrder(UUID id, String orderId, Instant now) {
        jdbc.sql("""
                        update ecopy.copy_request set payment_order_id = :o, version = version + 1, updated_at = :now
                        where id = :id""")
                .param("o", orderId).param("now", ts(now)).param("id", id).update();
    }

    void paid(UUID id, String certifyingOfficer, Instant paidAt) {
        jdbc.sql("""
                        update ecopy.copy_request set state = 'PAID', paid_at = :at, certifying_officer = :officer,
                            version = version + 1, updated_at = :at where id = :id""")
                .param("at", ts(paidAt)).param("officer", certifyingOfficer).param("id", id).update();
    }

    void contact(UUID id, String email, Instant now) {
        jdbc.sql("update ecopy.copy_request set email = :email, updated_at = :now where id = :id")
                .param("email", email).param("now", ts(now)).param("id", id).update();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
