package org.onedoor.border.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Declarations;
import org.onedoor.border.Direction;
import org.onedoor.border.PersonDeclaration;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores pre-declarations after checking every field (one violation per bad field, keys {@code border.error.*}). */
@Service
class DeclarationService implements Declarations {

    /** Without 0/O and 1/I: a reference read aloud or typed from paper is not misread. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** How far ahead a crossing may be declared. */
    static final int MAX_DAYS_AHEAD = 90;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Agencies agencies;
    private final SecureRandom random = new SecureRandom();

    DeclarationService(JdbcClient jdbc, AuditTrail audit, Agencies agencies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
    }

    @Override
    @Transactional
    public PersonDeclaration declare(PersonDeclarationRequest r) {
        List<FieldViolation> v = violations(r);
        if (!v.isEmpty()) {
            throw DomainException.invalid(v);
        }
        return insert(r);
    }

    /** Every bad field of a request, without storing anything (also used row by row for worker lists). */
    List<FieldViolation> violations(PersonDeclarationRequest r) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        List<FieldViolation> v = new ArrayList<>();
        String number = r.documentNumber() == null ? "" : r.documentNumber().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String nationality = r.nationality() == null ? "" : r.nationality().trim().toUpperCase(Locale.ROOT);
        String surname = trim(r.surname());
        String given = trim(r.givenNames());
        if (r.gate() == null || agencies.find(r.gate()).isEmpty()) {
            v.add(new FieldViolation("gate", "border.error.gate"));
        }
        if (r.documentType() == null) {
            v.add(new FieldViolation("documentType", "border.error.required"));
        }
        if (number.isEmpty()) {
            v.add(new FieldViolation("documentNumber", "border.error.required"));
        } else if (!number.matches("[A-Z0-9]{5,20}")) {
            v.add(new FieldViolation("documentNumber", "border.error.documentNumber"));
        }
        if (surname.isEmpty()) {
            v.add(new FieldViolation("surname", "border.error.required"));
        } else if (surname.length() > 100) {
            v.add(new FieldViolation("surname", "border.error.tooLong", 100));
        }
        if (given.length() > 100) {
            v.add(new FieldViolation("givenNames", "border.error.tooLong", 100));
        }
        if (nationality.isEmpty()) {
            v.add(new FieldViolation("nationality", "border.error.required"));
        } else if (!nationality.matches("[A-Z]{3}")) {
            v.add(new FieldViolation("nationality", "border.error.nationality"));
        }
        if (r.dateOfBirth() == null) {
            v.add(new FieldViolation("dateOfBirth", "border.error.required"));
        } else if (r.dateOfBirth().isAfter(today) || r.dateOfBirth().isBefore(today.minusYears(120))) {
            v.add(new FieldViolation("dateOfBirth", "border.error.dateOfBirth"));
        }
        if (r.purpose() == null) {
            v.add(new FieldViolation("purpose", "border.error.required"));
        }
        if (r.plannedDate() == null) {
            v.add(new FieldViolation("plannedDate", "border.error.required"));
        } else if (r.plannedDate().isBefore(today) || r.plannedDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            v.add(new FieldViolation("plannedDate", "border.error.plannedDate", MAX_DAYS_AHEAD));
        }
        if (r.direction() == null) {
            v.add(new FieldViolation("direction", "border.error.required"));
        }
        return v;
    }

    /** Stores a request already checked by {@link #violations}. */
    PersonDeclaration insert(PersonDeclarationRequest r) {
        String number = r.documentNumber().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String nationality = r.nationality().trim().toUpperCase(Locale.ROOT);
        String surname = trim(r.surname());
        String given = trim(r.givenNames());
        String reference = reference();
        String language = r.language() == null || !r.language().matches("vi|en|id") ? "vi" : r.language();
        jdbc.sql("""
                        insert into border.declaration (reference, gate, document_type, document_number, surname,
                            given_names, nationality, date_of_birth, purpose, planned_date, direction, language)
                        values (:reference, :gate, :type, :number, :surname, :given, :nationality, :dob, :purpose,
                            :planned, :direction, :language)""")
                .param("reference", reference).param("gate", r.gate()).param("type", r.documentType().name())
                .param("number", number).param("surname", surname).param("given", given)
                .param("nationality", nationality).param("dob", r.dateOfBirth()).param("purpose", r.purpose().name())
                .param("planned", r.plannedDate()).param("direction", r.direction().name())
                .param("language", language).update();
        audit.record("border.declare", "declaration", reference, r.gate() + " " + r.direction());
        return find(reference).orElseThrow();
    }

    @Override
    public Optional<PersonDeclaration> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from border.declaration where reference = :reference")
                .param("reference", reference.trim().toUpperCase(Locale.ROOT)).query(DeclarationService::map).optional();
    }

    @Override
    public Optional<PersonDeclaration> forDocument(String gate, String documentNumber, String nationality, LocalDate day) {
        return jdbc.sql("""
                        select * from border.declaration
                        where gate = :gate and document_number = :number and nationality = :nationality
                          and planned_date between :day - 1 and :day + 1
                        order by abs(planned_date - :day), created_at desc limit 1""")
                .param("gate", gate).param("number", documentNumber).param("nationality", nationality)
                .param("day", day).query(DeclarationService::map).optional();
    }

    private String reference() {
        StringBuilder s = new StringBuilder("BD-");
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    static PersonDeclaration map(ResultSet rs, int row) throws SQLException {
        return new PersonDeclaration(rs.getString("reference"), rs.getString("gate"),
                TravelDocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number"),
                rs.getString("surname"), rs.getString("given_names"), rs.getString("nationality"),
                rs.getObject("date_of_birth", LocalDate.class), CrossingPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("planned_date", LocalDate.class), Direction.valueOf(rs.getString("direction")),
                rs.getTimestamp("created_at").toInstant());
    }
}
