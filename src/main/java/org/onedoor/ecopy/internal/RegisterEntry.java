package org.onedoor.ecopy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.onedoor.ecopy.CertifiedCopy;

/**
 * A row of the certification register ({@code ecopy.certified_copy}): reserved first (number and code given), then
 * issued once the signed copy is stored ({@code sha256} set).
 */
public record RegisterEntry(String code, UUID requestId, String agencyCode, String agencyName, String registerNumber,
                            int registerYear, int sequence, String typeCode, String certificationNumber,
                            String officerUsername, String officerName, String documentType, int pages,
                            String idNumber, String holderName, long feeVnd, Instant reservedAt, Instant issuedAt,
                            String sha256, Long size, String signatureLevel) {

    /** Certification number in compact form: sequence / register / year / type, e.g. {@code 123/01/2026/SCT/BS}. */
    static String number(int sequence, String registerNumber, int year, String typeCode) {
        return sequence + "/" + registerNumber + "/" + year + "/" + typeCode;
    }

    public boolean issued() {
        return sha256 != null;
    }

    public CertifiedCopy toCopy() {
        return new CertifiedCopy(code, certificationNumber, agencyCode, agencyName, documentType, pages, officerName,
                holderName, issuedAt, sha256, size == null ? 0 : size);
    }

    static RegisterEntry map(ResultSet rs, int n) throws SQLException {
        return new RegisterEntry(rs.getString("code"), rs.getObject("request_id", UUID.class),
                rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("register_number"),
                rs.getInt("register_year"), rs.getInt("sequence"), rs.getString("type_code"),
                rs.getString("certification_number"), rs.getString("officer_username"), rs.getString("officer_name"),
                rs.getString("document_type"), rs.getInt("pages"), rs.getString("id_number"),
                rs.getString("holder_name"), rs.getLong("fee_vnd"), CopyRequest.instant(rs, "reserved_at"),
                CopyRequest.instant(rs, "issued_at"), rs.getString("sha256"), (Long) rs.getObject("size"),
                rs.getString("signature_level"));
    }
}
