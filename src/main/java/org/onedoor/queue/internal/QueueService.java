package org.onedoor.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.ServiceCounter;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketRequest;
import org.onedoor.queue.TicketStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor engine: issuing, calling by work profile (decisions 0400, 0401, 0403), acting on called tickets,
 * transfers, parks, walk-ins and the dossier link. Every change stores a ticket event and publishes it
 * ({@link TicketStore}); every officer's action is in the audit trail.
 */
@Service
@EnableConfigurationProperties(FloorProperties.class)
class QueueService implements Queues {

    private final TicketStore store;
    private final FloorConfiguration configuration;
    private final FloorFigures figures;
    private final AuditTrail audit;
    private final OpeningHours openingHours;
    private final Clock clock;

    QueueService(TicketStore store, FloorConfiguration configuration, FloorFigures figures, AuditTrail audit,
                 WorkingCalendar calendar, FloorProperties properties, Optional<Clock> clock,
                 org.onedoor.platform.OneDoorProperties oneDoor) {
        this.store = store;
        this.configuration = configuration;
        this.figures = figures;
        this.audit = audit;
        this.openingHours = new OpeningHours(calendar, properties.enforceOpeningHours() != null
                ? properties.enforceOpeningHours() : !oneDoor.demo());
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueLine> lines(String centre) {
        return store.lines(centre);
    }

    QueueLine line(String centre, long lineId) {
        return lines(centre).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> DomainException.notFound("queue.error.lineNotFound",
                        String.valueOf(lineId), centre));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceCounter> counters(String centre) {
        return configuration.activeCounters(centre);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<QueueLine> lineFor(String centre, String procedureCode) {
        return configuration.lineFor(centre, procedureCode)
                .flatMap(id -> lines(centre).stream().filter(l -> l.id() == id).findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> procedures(String centre, long lineId) {
        return configuration.procedures(centre, lineId);
    }

    @Override
    @Transactional
    public Ticket issue(TicketRequest request) {
        QueueLine line = line(request.centre(), request.lineId());
        Instant now = clock.instant();
        openingHours.check(now);
        Instant queueAt = request.queueAt() == null ? now : request.queueAt();
        return store.create(line, request.priorityGroup(), request.channel(), TicketStatus.WAITING, now, queueAt,
                null);
    }

    @Override
    @Transactional
    public Optional<Ticket> callNext(String centre, String counter, String officer, List<Long> lineIds) {
        if (lineIds == null || lineIds.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "queue.error.noLines");
        }
        Map<Long, QueueLine> lines = lineMap(centre);
        for (Long id : lineIds) {
            if (!lines.containsKey(id)) {
                throw DomainException.notFound("queue.error.lineNotFound", String.valueOf(id), centre);
            }
        }
        return call(centre, counter, officer, List.of(List.copyOf(lineIds)), lines);
    }

    @Override
    @Transactional
    public Optional<Ticket> callNext(String centre, String counter, String officer) {
        ServiceCounter desk = activeCounter(centre, counter);
        Map<Long, QueueLine> lines = lineMap(centre);
        if (desk.profile().isEmpty()) {
            // no profile: every line of the centre, oldest first
            return call(centre, counter, officer, List.of(List.copyOf(lines.keySet())), lines);
        }
        Instant now = clock.instant();
        Map<Long, Instant> oldest = store.oldestWaiting(centre, LocalDate.ofInstant(now, VietnamTime.ZONE),
                WorkProfile.conditionLines(desk.profile()));
        List<List<Long>> groups = WorkProfile.linesToTry(desk.profile(), oldest, now).stream()
                .filter(lines::containsKey).map(List::of).toList();
        return call(centre, counter, officer, groups, lines);
    }

    /**
     * One call: the tickets transferred to this counter first, then each group of lines in turn, in a group the
     * priority interleave (0400). A ticket another caller holds is skipped (0401).
     */
    private Optional<Ticket> call(String centre, String counter, String officer, List<List<Long>> groups,
                                  Map<Long, QueueLine> lines) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, VietnamTime.ZONE);
        int call = store.countCall(centre, counter, day);
        Optional<Long> picked = store.oldestWaitingFor(centre, day, counter);
        for (List<Long> group : groups) {
            if (picked.isPresent()) {
                break;
            }
            int every = group.stream().mapToInt(id -> lines.get(id).priorityEvery()).min().orElse(3);
            boolean priorityTurn = CallRule.priorityTurn(call, every);
            picked = store.oldestWaiting(centre, day, group, priorityTurn)
                    .or(() -> store.oldestWaiting(centre, day, group, !priorityTurn));
        }
        if (picked.isEmpty()) {
            store.giveBackCall(centre, counter, day);   // an empty call is not a turn
            return Optional.empty();
        }
        long id = picked.get();
        Ticket called = store.markCalled(id, now, counter);
        store.event(called, "CALLED", now, counter, officer);
        // the ticket events are the floor's own record (statistics); the officer's action is also in the audit trail
        audit.recordAs(officer, centre, "queue.call", "ticket", called.code(), "counter " + counter + ", ticket id " + id);
        return Optional.of(called);
    }

    @Override
    @Transactional
    public Ticket act(String centre, long ticketId, TicketAction action, String officer) {
        Ticket t = store.lock(centre, ticketId);
        Set<TicketStatus> from = switch (action) {
            case RECALL, START -> EnumSet.of(TicketStatus.CALLED);
            case NO_SHOW -> EnumSet.of(TicketStatus.CALLED, TicketStatus.PARKED);
            case DONE -> EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING);
            case PARK -> EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING);
            case RESUME -> EnumSet.of(TicketStatus.PARKED);
        };
        requireState(t, from);
        Instant now = clock.instant();
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        String type = switch (action) {
            case RECALL -> {
                store.update(ticketId, "called_at = :at", Map.of("at", at));
                yield "RECALLED";
            }
            case START -> {
                store.update(ticketId, "status = 'SERVING'", Map.of());
                yield "SERVING";
            }
            case DONE -> {
                store.update(ticketId, "status = 'DONE'", Map.of());
                yield "DONE";
            }
            case NO_SHOW -> {
                store.update(ticketId, "status = 'NO_SHOW', parked_at = null", Map.of());
                yield "NO_SHOW";
            }
            case PARK -> {
                store.update(ticketId, "status = 'PARKED', parked_at = :at", Map.of("at", at));
                yield "PARKED";
            }
            case RESUME -> {
                // called back to the counter that parked it: the board shows the call again
                store.update(ticketId, "status = 'CALLED', called_at = :at, parked_at = null", Map.of("at", at));
                yield "RESUMED";
            }
        };
        Ticket after = store.ticket(ticketId);
        store.event(after, type, now, t.counter(), officer);
        if (action == TicketAction.DONE) {
            Visit visit = new Visit(FloorFigures.NO_FACTS);
            store.events(ticketId).forEach(visit::apply);
            store.update(ticketId, "service_seconds = :s", Map.of("s", visit.serviceSeconds()));
        }
        audit.recordAs(officer, centre, "queue." + action.name().toLowerCase(Locale.ROOT), "ticket", t.code(),
                "counter " + t.counter() + ", ticket id " + ticketId);
        return after;
    }

    @Override
    @Transactional
    public Ticket transfer(String centre, long ticketId, Long toLineId, String toCounter, String officer) {
        if (toLineId == null && (toCounter == null || toCounter.isBlank())) {
            throw DomainException.invalid(List.of(new FieldViolation("toLineId", "queue.error.transferTarget")));
        }
        Ticket t = store.lock(centre, ticketId);
        requireState(t, EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING));
        long line = toLineId == null ? t.lineId() : line(centre, toLineId).id();
        String counter = toCounter == null || toCounter.isBlank() ? null : activeCounter(centre, toCounter).code();
        Instant now = clock.instant();
        // it waits again, in its original place (queue_at is kept), for the line or for one counter
        store.update(ticketId, "status = 'WAITING', line_id = :line, counter = :counter, called_at = null",
                TicketStore.params("line", line, "counter", counter));
        Ticket after = store.ticket(ticketId);
        store.transferred(t, after, now, officer);
        audit.recordAs(officer, centre, "queue.transfer", "ticket", t.code(), "counter " + t.counter()
                + ", ticket id " + ticketId + ", to line " + line + (counter == null ? "" : ", to counter " + counter));
        return after;
    }

    @Override
    @Transactional
    public Ticket serveWalkIn(String centre, String counter, long lineId, String officer) {
        QueueLine line = line(centre, lineId);
        String desk = activeCounter(centre, counter).code();
        Instant now = clock.instant();
        // the counter opened the visit: issued and served at once, never called (the board does not announce it)
        Ticket t = store.create(line, null, TicketChannel.WALK_IN, TicketStatus.SERVING, now, now, desk);
        store.event(t, "SERVING", now, desk, officer);
        audit.recordAs(officer, centre, "queue.walk-in", "ticket", t.code(), "counter " + desk + ", ticket id " + t.id());
        return t;
    }

    @Override
    @Transactional
    public Ticket linkDossier(String centre, long ticketId, String dossierCode, String officer) {
        String code = dossierCode == null ? "" : dossierCode.strip();
        if (code.isEmpty() || code.length() > 60) {
            throw DomainException.invalid(List.of(new FieldViolation("dossierCode", "queue.error.dossierCode")));
        }
        Ticket t = store.lock(centre, ticketId);
        if (code.equals(t.dossierCode())) {
            return t;   // idempotent: the counter screen may send it twice
        }
        if (t.dossierCode() != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.error.otherDossier", t.code(),
                    t.dossierCode());
        }
        requireState(t, EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED, TicketStatus.DONE));
        store.update(ticketId, "dossier_code = :code", Map.of("code", code));
        audit.recordAs(officer, centre, "queue.link-dossier", "ticket", t.code(),
                "dossier " + code + ", ticket id " + ticketId);
        return store.ticket(ticketId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> parked(String centre, String counter) {
        return store.parked(centre, counter);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> ticket(String centre, long ticketId) {
        return store.find(centre, ticketId);
    }

    @Override
    @Transactional(readOnly = true)
    public FloorStatistics statistics(String centre, LocalDate day) {
        return statistics(centre, day, day);
    }

    @Override
    @Transactional(readOnly = true)
    public FloorStatistics statistics(String centre, LocalDate from, LocalDate to) {
        return figures.statistics(centre, from, to, store.allLines(centre), configuration.targetWait(centre));
    }

    @Override
    @Transactional(readOnly = true)
    public int ahead(Ticket ticket) {
        return store.ahead(ticket);
    }

    @Override
    @Transactional(readOnly = true)
    public int waiting(String centre, long lineId) {
        return store.waiting(centre, today(), lineId);
    }

    @Override
    @Transactional(readOnly = true)
    public Duration estimatedWait(String centre, long lineId, int ahead) {
        if (ahead <= 0) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        List<String> profileCounters = configuration.activeCounters(centre).stream()
                .filter(c -> c.profile().isEmpty() || c.profile().stream().anyMatch(s -> s.lineId() == lineId))
                .map(ServiceCounter::code).toList();
        return figures.estimatedWait(centre, lineId, ahead, LocalDate.ofInstant(now, VietnamTime.ZONE),
                now, profileCounters);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> currentCalls(String centre) {
        return store.currentCalls(centre, today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> recentCalls(String centre, int limit) {
        return store.recentCalls(centre, today(), limit);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
    }

    private ServiceCounter activeCounter(String centre, String code) {
        FloorConfiguration.CounterSetting setting = configuration.counter(centre, code)
                .orElseThrow(() -> DomainException.notFound("queue.error.counterNotFound", code, centre));
        if (!setting.active()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.error.counterInactive", code);
        }
        return setting.counter();
    }

    private Map<Long, QueueLine> lineMap(String centre) {
        return lines(centre).stream().collect(Collectors.toMap(QueueLine::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static void requireState(Ticket t, Set<TicketStatus> allowed) {
        if (!allowed.contains(t.status())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.error.wrongState", t.code(),
                    t.status().name());
        }
    }
}
