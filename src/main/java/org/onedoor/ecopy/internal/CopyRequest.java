package org.onedoor.ecopy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onedoor.ecopy.FaceVerifier.FaceMatch;

/** A row of {@code ecopy.copy_request}: one kiosk session for one original. */
public record CopyRequest(UUID id, int version, String kioskId, String agencyCode, RequestState state,
                          String tokenHash, String idNumber, String fullName, LocalDate birthDate, String sex,
                          String identifiedBy, String email, String phone, String locale, String citizenUsername,
                          String facePhotoSha256, FaceMatch faceVerdict, String faceConfirmedBy,
                          List<String> scanSha256, List<Double> scanDpi, List<String> originalFileNames, String documentType,
                          String recognisedFieldsJson, List<String> recognitionProblems, Double ocrConfidence,
                          List<String> reviewReasons, String documentReviewedBy, Long feeVnd, String paymentOrderId,
                          Instant paidAt, String certifyingOfficer, String rejectReason, String rejectedBy,
                          Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public boolean faceSettled() {
        return faceVerdict == FaceMatch.MATCH || faceConfirmedBy != null;
    }

    static CopyRequest map(ResultSet rs, int n) throws SQLException {
        String verdict = rs.getString("face_verdict");
        return new CopyRequest(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("kiosk_id"),
                rs.getString("agency_code"), RequestState.valueOf(rs.getString("state")), rs.getString("token_hash"),
                rs.getString("id_number"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"), rs.getString("identified_by"), rs.getString("email"), rs.getString("phone"),
                rs.getString("locale"), rs.getString("citizen_username"), rs.getString("face_photo_sha256"),
                verdict == null ? null : FaceMatch.valueOf(verdict), rs.getString("face_confirmed_by"),
                strings(rs, "scan_sha256"), doubles(rs, "scan_dpi"), strings(rs, "original_file_names"), rs.getString("document_type"),
                rs.getString("recognised_fields"), strings(rs, "recognition_problems"),
                (Double) rs.getObject("ocr_confidence"), strings(rs, "review_reasons"),
                rs.getString("document_reviewed_by"), (Long) rs.getObject("fee_vnd"), rs.getString("payment_order_id"),
                instant(rs, "paid_at"), rs.getString("certifying_officer"), rs.getString("reject_reason"),
                rs.getString("rejected_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "expires_at"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Double> doubles(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((Double[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
