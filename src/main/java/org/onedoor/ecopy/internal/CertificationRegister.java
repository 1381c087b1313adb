package org.onedoor.ecopy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The certification register ("sổ chứng thực bản sao từ bản chính", Decree 23/2015 Art. 13): one number per
 * certified original, in sequence per agency, register book and year (restarting each year), without gaps.
 */
@Repository
public class CertificationRegister {

    private final JdbcClient jdbc;

    CertificationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next sequence number of a register book. Row-locks the counter until the transaction ends: concurrent
     * reservations for one agency queue here, and a rollback also rolls the number back, so numbers stay
     * consecutive (the dossier code counter does the same, decision 0162).
     */
    public int nextSequence(String agencyCode, String registerNumber, int year) {
        return jdbc.sql("""
                        insert into ecopy.register_counter (agency_code, register_number, register_year, n)
                        values (:agency, :register, :year, 1)
                        on conflict (agency_code, register_number, register_year)
                        do update set n = ecopy.register_counter.n + 1
                        returning n""")
                .param("agency", agencyCode).param("register", registerNumber).param("year", year)
                .query(Integer.class).single();
    }

    void reserve(RegisterEntry e) {
        jdbc.sql("""
                        insert into ecopy.certified_copy (code, request_id, agency_code, agency_name, register_number,
                            register_year, sequence, type_code, certification_number, officer_username, officer_name,
                            document_type, pages, id_number, holder_name, fee_vnd, reserved_at)
                        values (:code, :request, :agency, :agencyName, :register, :year, :sequence, :type, :number,
                            :officer, :officerName, :documentType, :pages, :idNumber, :holder, :fee, :reservedAt)""")
                .param("code", e.code()).param("request", e.requestId()).param("agency", e.agencyCode())
                .param("agencyName", e.agencyName()).param("register", e.registerNumber())
                .param("year", e.registerYear()).param("sequence", e.sequence()).param("type", e.typeCode())
                .param("number", e.certificationNumber()).param("officer", e.officerUsername())
                .param("officerName", e.officerName()).param("documentType", e.documentType())
                .param("pages", e.pages()).param("idNumber", e.idNumber()).param("holder", e.holderName())
                .param("fee", e.feeVnd()).param("reservedAt", CopyRequests.ts(e.reservedAt())).update();
    }

    /** Records the stored, signed copy; only once (a second call for an issued entry changes nothing). */
    boolean issued(String code, String sha256, long size, String signatureLevel, Instant issuedAt) {
        return jdbc.sql("""
                        update ecopy.certified_copy set sha256 = :sha, size = :size, signature_level = :level,
                            issued_at = :at
                        where code = :code and sha256 is null""")
                .param("sha", sha256).param("size", size).param("level", signatureLevel)
                .param("at", CopyRequests.ts(issuedAt)).param("code", code).update() == 1;
    }

    public Optional<RegisterEntry> ofRequest(UUID requestId) {
        return jdbc.sql("select * from ecopy.certified_copy where request_id = :id").param("id", requestId)
                .query(RegisterEntry::map).optional();
    }

    public Optional<RegisterEntry> byCode(String code) {
        return jdbc.sql("select * from ecopy.certified_copy where code = :code")
                .param("code", code == null ? "" : code.strip().toUpperCase()).query(RegisterEntry::map).optional();
    }

    public Optional<RegisterEntry> bySha256(String sha256) {
        return jdbc.sql("select * from ecopy.certified_copy where sha256 = :sha").param("sha", sha256)
                .query(RegisterEntry::map).optional();
    }

    public List<RegisterEntry> ofHolder(String idNumber) {
        return jdbc.sql("""
                        select * from ecopy.certified_copy where id_number = :id and sha256 is not null
                        order by issued_at desc limit 200""")
                .param("id", idNumber).query(RegisterEntry::map).list();
    }

    /** The register of an agency for a month (Vietnam time), in number order. */
    public List<RegisterEntry> month(String agencyCode, YearMonth month) {
        LocalDate first = month.atDay(1);
        return jdbc.sql("""
                        select * from ecopy.certified_copy
                        where agency_code = :agency and reserved_at >= :from and reserved_at < :to
                        order by register_year, register_number, sequence""")
                .param("agency", agencyCode)
                .param("from", CopyRequests.ts(first.atStartOfDay(VietnamTime.ZONE).toInstant()))
                .param("to", CopyRequests.ts(first.plusMonths(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
                .query(RegisterEntry::map).list();
    }
}
