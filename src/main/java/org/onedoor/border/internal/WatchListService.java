package org.onedoor.border.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.ScreeningResult;
import org.onedoor.border.WatchList;
import org.onedoor.border.WatchListEntry;
import org.onedoor.border.screening.NameIndex;
import org.onedoor.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The watch list in PostgreSQL, screened through an in-memory {@link NameIndex} (decision 0501): loaded at start
 * (before demo data and before the gate opens), updated after each change commits, and every
 * {@code onedoor.border.watch-list-refresh} with the rows other instances changed.
 */
@Service
@Order(5)
class WatchListService implements WatchList, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WatchListService.class);
    static final int MAX_HITS = 10;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final NameIndex index = new NameIndex();
    private final BorderProperties properties;
    /** The latest {@code changed_at} the index has read; null until loaded. */
    private volatile Instant seen;

    private final org.springframework.context.ApplicationEventPublisher events;

    WatchListService(JdbcClient jdbc, AuditTrail audit, BorderProperties properties,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Instant[] latest = {Instant.EPOCH};
        jdbc.sql("select id, full_name, date_of_birth, nationality, changed_at from border.watch_list_entry where active")
                .query(rs -> {
                    index.put(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
                    latest[0] = max(latest[0], rs.getTimestamp(5).toInstant());
                });
        seen = latest[0];
        log.info("Watch list loaded: {} entries in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Follows changes made by other instances (decision 0501): rows changed since the last refresh, minus an
     * overlap for transactions that committed after a later one; applying a row twice is harmless.
     */
    @Scheduled(initialDelayString = "${onedoor.border.watch-list-refresh:30s}",
            fixedDelayString = "${onedoor.border.watch-list-refresh:30s}")
    void refresh() {
        Instant since = seen;
        if (since == null) {
            return;
        }
        Instant[] latest = {since};
        jdbc.sql("""
                        select id, full_name, date_of_birth, nationality, active, changed_at
                        from border.watch_list_entry where changed_at > :since order by changed_at""")
                .param("since", Timestamp.from(since.minus(properties.watchListOverlap())))
                .query(rs -> {
                    if (rs.getBoolean(5)) {
                        index.put(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
                    } else {
                        index.remove(rs.getLong(1));
                    }
                    latest[0] = max(latest[0], rs.getTimestamp(6).toInstant());
                });
        seen = latest[0];
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public ScreeningResult screen(String fullName, LocalDate dateOfBirth, String nationality) {
        long started = System.nanoTime();
        List<NameIndex.Match> matches = index.search(fullName, dateOfBirth, nationality, MAX_HITS + 1);
        List<ScreeningResult.Hit> hits = matches.stream().limit(MAX_HITS)
                .map(m -> find(m.id()).map(e -> new ScreeningResult.Hit(e, m.score(), m.dateOfBirthConfirmed())))
                .flatMap(Optional::stream).toList();
        return new ScreeningResult(hits, matches.size() > MAX_HITS, index.size(), (System.nanoTime() - started) / 1_000);
    }

    @Override
    @Transactional
    public WatchListEntry add(String fullName, LocalDate dateOfBirth, String nationality, String reason, String source) {
        if (fullName == null || fullName.isBlank() || reason == null || reason.isBlank()) {
            throw DomainException.invalid(List.of(new org.onedoor.common.FieldViolation(
                    fullName == null || fullName.isBlank() ? "fullName" : "reason", "border.error.required")));
        }
        String nat = nationality == null || nationality.isBlank() ? null : nationality.trim().toUpperCase(Locale.ROOT);
        long id = jdbc.sql("""
                        insert into border.watch_list_entry (full_name, date_of_birth, nationality, reason, source)
                        values (:name, :dob, :nat, :reason, :source) returning id""")
                .param("name", fullName.trim()).param("dob", dateOfBirth).param("nat", nat)
                .param("reason", reason.trim()).param("source", source).query(Long.class).single();
        audit.record("border.watchlist.add", "watch-list-entry", String.valueOf(id), source);
        afterCommit(() -> index.put(id, fullName, dateOfBirth, nat));
        events.publishEvent(new org.onedoor.border.WatchListChanged(id, true, fullName.trim(), dateOfBirth, nat, source));
        return new WatchListEntry(id, fullName.trim(), dateOfBirth, nat, reason.trim(), source);
    }

    @Override
    @Transactional
    public void remove(long id) {
        int changed = jdbc.sql("""
                        update border.watch_list_entry set active = false, changed_at = now()
                        where id = :id and active""").param("id", id).update();
        if (changed == 0) {
            throw DomainException.notFound("border.error.watchListEntry", id);
        }
        audit.record("border.watchlist.remove", "watch-list-entry", String.valueOf(id), "");
        jdbc.sql("select full_name, date_of_birth, nationality, source from border.watch_list_entry where id = :id")
                .param("id", id).query((rs, n) -> new org.onedoor.border.WatchListChanged(id, false, rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .optional().ifPresent(events::publishEvent);
        afterCommit(() -> index.remove(id));
    }

    @Override
    public Optional<WatchListEntry> find(long id) {
        return jdbc.sql("select * from border.watch_list_entry where id = :id and active").param("id", id)
                .query(WatchListService::map).optional();
    }

    @Override
    public int size() {
        return index.size();
    }

    private static void afterCommit(Runnable change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    change.run();
                }
            });
        } else {
            change.run();
        }
    }

    private static WatchListEntry map(ResultSet rs, int row) throws SQLException {
        return new WatchListEntry(rs.getLong("id"), rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("nationality"), rs.getString("reason"),
                rs.getString("source"));
    }
}
