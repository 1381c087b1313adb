package org.onedoor.border.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.CrossingRecord;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.Decision;
import org.onedoor.border.Declarations;
import org.onedoor.border.Direction;
import org.onedoor.border.DocumentCheck;
import org.onedoor.border.PersonCrossed;
import org.onedoor.border.PersonDeclaration;
import org.onedoor.border.ScanInput;
import org.onedoor.border.ScreeningResult;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.border.WatchList;
import org.onedoor.border.screening.Names;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.iddocument.Mrz;
import org.onedoor.iddocument.MrzDocument;
import org.onedoor.iddocument.MrzFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's clearance (issue 5): the first scan opens a crossing row and starts the clock, the decision closes it
 * into the crossing register. Officers act only at their own gate (their agency); administrators anywhere.
 */
@Service
class ClearanceService implements Clearance, CrossingRegister, org.onedoor.border.BorderPassZone.Zones {

    private final JdbcClient jdbc;
    private final Declarations declarations;
    private final WatchList watchList;
    private final Officers officers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeviceCaptures devices;

    ClearanceService(JdbcClient jdbc, Declarations declarations, WatchList watchList, Officers officers,
                     AuditTrail audit, ApplicationEventPublisher events, DeviceCaptures devices) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.watchList = watchList;
        this.officers = officers;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional
    public ClearanceCase scan(String gate, ScanInput input) {
        Instant firstScan = Instant.now();
        String officer = officerAt(gate);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        boolean hasReference = input.declarationReference() != null && !input.declarationReference().isBlank();
        boolean hasMrz = input.mrz() != null && !input.mrz().isBlank();
        if (!hasReference && !hasMrz) {
            throw DomainException.invalid(List.of(new FieldViolation("mrz", "border.error.scanEmpty")));
        }
        PersonDeclaration declaration = hasReference ? declarations.find(input.declarationReference())
                .orElseThrow(() -> DomainException.notFound("border.error.declarationNotFound",
                        input.declarationReference())) : null;
        DocumentCheck document = hasMrz ? read(input.mrz(), today) : fromDeclaration(declaration);
        if (declaration == null && document.read()) {
            declaration = declarations.forDocument(gate, document.documentNumber(), document.nationality(), today)
                    .orElse(null);
        }
        Direction direction = input.direction() != null ? input.direction()
                : declaration != null ? declaration.direction() : null;
        if (direction == null) {
            throw DomainException.invalid(List.of(new FieldViolation("direction", "border.error.required")));
        }
        List<String> issues = declaration == null ? List.of() : compare(declaration, document, gate, direction, today);
        List<String> rules = rules(gate, document, direction);
        ScreeningResult screening = watchList.screen(document.fullName(), document.dateOfBirth(), document.nationality());
        Decision suggestion = document.valid() && declaration != null && issues.isEmpty() && rules.isEmpty()
                && screening.clear() ? Decision.CLEAR : Decision.SECONDARY;
        String hits = screening.hits().stream()
                .map(h -> h.entry().id() + ":" + String.format(java.util.Locale.ROOT, "%.2f", h.score()))
                .collect(Collectors.joining(" "));
        long id = jdbc.sql("""
                        insert into border.crossing (gate, direction, document_type, document_number, issuing_state,
                            surname, given_names, nationality, date_of_birth, date_of_expiry, declaration_reference,
                            document_problems, watch_list_hits, watch_list_detail, opened_by, first_scan_at)
                        values (:gate, :direction, :type, :number, :state, :surname, :given, :nationality, :dob,
                            :expiry, :reference, :problems, :hits, :detail, :officer, :firstScan)
                        returning id""")
                .param("gate", gate).param("direction", direction.name()).param("type", document.type().name())
                .param("number", document.documentNumber()).param("state", document.issuingState())
                .param("surname", document.surname()).param("given", document.givenNames())
                .param("nationality", document.nationality()).param("dob", document.dateOfBirth())
                .param("expiry", document.dateOfExpiry())
                .param("reference", declaration == null ? null : declaration.reference())
                .param("problems", document.problems().stream().map(FieldViolation::messageKey)
                        .collect(Collectors.joining(" ")))
                .param("hits", screening.hits().size()).param("detail", hits).param("officer", officer)
                .param("firstScan", Timestamp.from(firstScan)).query(Long.class).single();
        audit.record("border.scan", "crossing", String.valueOf(id), gate + " hits=" + screening.hits().size());
        devices.capture(id, gate, document, officer);
        return new ClearanceCase(id, gate, direction, firstScan, document, declaration, issues, rules, screening,
                suggestion);
    }

    /**
     * Entry and exit rules (decision 0506): a foreigner entering needs a visa unless the nationality is exempt
     * ({@code border.visa_exemption}); a visa is not read yet in this slice, so the guard checks it.
     */
    private List<String> rules(String gate, DocumentCheck document, Direction direction) {
        if (document.type() == TravelDocumentType.BORDER_PASS) {
            // decision 0520: a border pass only for residents of the neighbouring provinces, within the province pair
            return find(gate, document.nationality()).isPresent() ? List.of()
                    : List.of("border.ops.rule.borderPassNotValidHere");
        }
        if (direction != Direction.ENTRY || "VNM".equals(document.nationality()) || document.nationality() == null) {
            return List.of();
        }
        boolean exempt = jdbc.sql("select count(*) from border.visa_exemption where nationality = :n")
                .param("n", document.nationality()).query(Long.class).single() > 0;
        return exempt ? List.of() : List.of("border.rule.visaRequired");
    }

    @Override
    @Transactional
    public CrossingRecord decide(long crossingId, Decision decision, String reason) {
        Optional<String[]> row = jdbc.sql("""
                        select gate, coalesce(decision, '') from border.crossing where id = :id for update""")
                .param("id", crossingId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            throw DomainException.notFound("border.error.crossingNotFound", crossingId);
        }
        String officer = officerAt(row.get()[0]);
        if (!row.get()[1].isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "border.error.alreadyDecided", crossingId);
        }
        if (decision == null) {
            throw DomainException.invalid(List.of(new FieldViolation("decision", "border.error.required")));
        }
        String why = reason == null ? "" : reason.trim();
        if (decision == Decision.REFUSE && why.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("reason", "border.error.reasonRequired")));
        }
        jdbc.sql("""
                        update border.crossing set decision = :decision, reason = :reason, decided_by = :officer,
                            decided_at = greatest(now(), first_scan_at)
                        where id = :id""")
                .param("decision", decision.name()).param("reason", why.isEmpty() ? null : why)
                .param("officer", officer).param("id", crossingId).update();
        CrossingRecord record = load(crossingId).orElseThrow();
        audit.record("border.decide", "crossing", String.valueOf(crossingId), decision.name());
        events.publishEvent(new PersonCrossed(record.id(), record.gate(), record.direction(), record.documentType(),
                record.nationality(), decision, record.firstScanAt(), record.decidedAt()));
        return record;
    }

    @Override
    @Transactional
    public Optional<CrossingRecord> find(long id) {
        Optional<CrossingRecord> record = load(id);
        record.ifPresent(r -> {
            officerAt(r.gate());
            audit.record("border.register.read", "crossing", String.valueOf(id), r.gate());
        });
        return record;
    }

    @Override
    @Transactional
    public List<CrossingRecord> search(String gate, LocalDate day, String documentNumber, int limit) {
        officerAt(gate);
        List<CrossingRecord> found = jdbc.sql("""
                        select * from border.crossing
                        where gate = :gate and decided_at is not null
                          and decided_at >= :from and decided_at < :to
                          and (cast(:number as text) is null or document_number = :number)
                        order by decided_at desc, id desc limit :limit""")
                .param("gate", gate)
                .param("from", Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant()))
                .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
                .param("number", documentNumber == null || documentNumber.isBlank() ? null : documentNumber.trim())
                .param("limit", Math.max(1, Math.min(limit, 500))).query(ClearanceService::map).list();
        audit.record("border.register.search", "crossing-register", gate,
                day + (documentNumber == null ? "" : " document") + " rows=" + found.size());
        return found;
    }

    @Override
    public Optional<org.onedoor.border.BorderPassZone> find(String gate, String nationality) {
        if (nationality == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select gate, nationality, home_province, destination_province from border.border_pass_zone
                        where gate = :gate and nationality = :nationality""")
                .param("gate", gate).param("nationality", nationality)
                .query((rs, n) -> new org.onedoor.border.BorderPassZone(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional();
    }

    @Override
    @Transactional
    public org.onedoor.border.CrossingPage search(org.onedoor.border.CrossingQuery q) {
        officerAt(q.gate());
        int size = Math.max(1, Math.min(q.size() <= 0 ? 50 : q.size(), 200));
        int page = Math.max(0, q.page());
        StringBuilder where = new StringBuilder("gate = :gate and decided_at is not null");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("gate", q.gate());
        if (q.from() != null) {
            where.append(" and decided_at >= :from");
            params.put("from", Timestamp.from(q.from().atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and decided_at < :to");
            params.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (q.documentNumber() != null && !q.documentNumber().isBlank()) {
            where.append(" and document_number = :number");
            params.put("number", q.documentNumber().trim().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        }
        if (q.nationality() != null && !q.nationality().isBlank()) {
            where.append(" and nationality = :nationality");
            params.put("nationality", q.nationality().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.decision() != null) {
            where.append(" and decision = :decision");
            params.put("decision", q.decision().name());
        }
        if (q.direction() != null) {
            where.append(" and direction = :direction");
            params.put("direction", q.direction().name());
        }
        // name: every word (as the screening folds names: A-Z, no diacritics), in any order
        List<String> words = q.name() == null ? List.of() : Names.words(q.name());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (' ' || upper(surname || ' ' || given_names) || ' ') like :w").append(i);
            params.put("w" + i, "% " + words.get(i) + " %");
        }
        long total = jdbc.sql("select count(*) from border.crossing where " + where).params(params)
                .query(Long.class).single();
        List<CrossingRecord> rows = jdbc.sql("select * from border.crossing where " + where
                        + " order by decided_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(ClearanceService::map).list();
        audit.record("border.register.search", "crossing-register", q.gate(),
                "from=" + q.from() + " to=" + q.to() + (words.isEmpty() ? "" : " name")
                        + (q.documentNumber() == null || q.documentNumber().isBlank() ? "" : " document")
                        + (q.nationality() == null || q.nationality().isBlank() ? "" : " nationality=" + q.nationality())
                        + (q.decision() == null ? "" : " decision=" + q.decision())
                        + " page=" + page + " rows=" + rows.size());
        return new org.onedoor.border.CrossingPage(rows, page, size, total);
    }

    private Optional<CrossingRecord> load(long id) {
        return jdbc.sql("select * from border.crossing where id = :id and decided_at is not null").param("id", id)
                .query(ClearanceService::map).optional();
    }

    /** The acting officer's user name; border staff act only at their own gate. */
    private String officerAt(String gate) {
        Officer officer = officers.current()
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "border.error.notAtGate", gate));
        boolean border = officer.has(Role.BORDER_GUARD) || officer.has(Role.BORDER_SUPERVISOR);
        if (!officer.has(Role.ADMIN) && !(border && gate.equals(officer.agencyCode()))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "border.error.notAtGate", gate);
        }
        return officer.username();
    }

    static DocumentCheck read(String mrz, LocalDate today) {
        MrzDocument d = Mrz.parse(mrz, today); // not a zone at all: DocumentReadException with the precise reason
        List<FieldViolation> problems = new ArrayList<>(d.problems());
        boolean expired = d.expiredOn(today);
        if (expired) {
            problems.add(new FieldViolation(MrzDocument.DATE_OF_EXPIRY, "border.document.expired"));
        }
        TravelDocumentType type = d.format() == MrzFormat.TD1 || d.format() == MrzFormat.TD2
                ? TravelDocumentType.ID_CARD : TravelDocumentType.PASSPORT;
        return new DocumentCheck(true, type, d.documentNumber(), d.issuingState(), d.primaryIdentifier(),
                String.join(" ", d.secondaryIdentifiers()), d.nationality(), d.dateOfBirth(), d.dateOfExpiry(),
                expired, problems);
    }

    private static DocumentCheck fromDeclaration(PersonDeclaration p) {
        return new DocumentCheck(false, p.documentType(), p.documentNumber(), null, p.surname(), p.givenNames(),
                p.nationality(), p.dateOfBirth(), null, false,
                List.of(new FieldViolation("mrz", "border.document.notRead")));
    }

    /** Where the pre-declaration and what the gate sees disagree (names compared as the screening folds them). */
    static List<String> compare(PersonDeclaration p, DocumentCheck d, String gate, Direction direction, LocalDate today) {
        List<String> issues = new ArrayList<>();
        if (!p.gate().equals(gate)) {
            issues.add("border.match.gate");
        }
        if (p.direction() != direction) {
            issues.add("border.match.direction");
        }
        if (Math.abs(p.plannedDate().toEpochDay() - today.toEpochDay()) > 1) {
            issues.add("border.match.plannedDate");
        }
        if (d.read()) {
            if (!p.documentNumber().equals(d.documentNumber())) {
                issues.add("border.match.documentNumber");
            }
            if (!p.nationality().equals(d.nationality())) {
                issues.add("border.match.nationality");
            }
            if (d.dateOfBirth() == null || !p.dateOfBirth().equals(d.dateOfBirth())) {
                issues.add("border.match.dateOfBirth");
            }
            if (!Names.words(p.fullName()).stream().sorted().toList()
                    .equals(Names.words(d.fullName()).stream().sorted().toList())) {
                issues.add("border.match.name");
            }
        }
        return issues;
    }

    static CrossingRecord map(ResultSet rs, int row) throws SQLException {
        return new CrossingRecord(rs.getLong("id"), rs.getString("gate"), Direction.valueOf(rs.getString("direction")),
                TravelDocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number"),
                rs.getString("nationality"), rs.getString("surname"), rs.getString("given_names"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("declaration_reference"),
                rs.getInt("watch_list_hits"), Decision.valueOf(rs.getString("decision")), rs.getString("reason"),
                rs.getString("opened_by"), rs.getString("decided_by"), rs.getTimestamp("first_scan_at").toInstant(),
                rs.getTimestamp("decided_at").toInstant());
    }
}
