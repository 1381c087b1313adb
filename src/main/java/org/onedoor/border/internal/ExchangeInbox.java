package org.onedoor.border.internal;

import java.util.List;
import java.util.Locale;

import org.onedoor.border.BorderExchange;
import org.onedoor.border.WatchList;
import org.onedoor.border.WatchListUpdate;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Watch-list updates from the national border-gate system, each applied once by its update id (decision 0524). */
@Service
class ExchangeInbox implements BorderExchange {

    private final JdbcClient jdbc;
    private final WatchList watchList;

    ExchangeInbox(JdbcClient jdbc, WatchList watchList) {
        this.jdbc = jdbc;
        this.watchList = watchList;
    }

    @Override
    @Transactional
    public boolean apply(WatchListUpdate u) {
        String action = u.action() == null ? "" : u.action().trim().toUpperCase(Locale.ROOT);
        if (u.updateId() == null || u.updateId().isBlank() || u.updateId().length() > 100) {
            throw DomainException.invalid(List.of(new FieldViolation("updateId", "border.error.required")));
        }
        if (!action.equals("ADD") && !action.equals("REMOVE")) {
            throw DomainException.invalid(List.of(new FieldViolation("action", "border.error.required")));
        }
        if (u.externalId() == null || u.externalId().isBlank()) {
            throw DomainException.invalid(List.of(new FieldViolation("externalId", "border.error.required")));
        }
        int fresh = jdbc.sql("""
                        insert into border.exchange_inbox (update_id, action) values (:id, :action)
                        on conflict (update_id) do nothing""")
                .param("id", u.updateId()).param("action", action).update();
        if (fresh == 0) {
            return false;
        }
        Long existing = jdbc.sql("select id from border.watch_list_entry where external_id = :x and active")
                .param("x", u.externalId()).query(Long.class).optional().orElse(null);
        Long entry = existing;
        if (action.equals("ADD") && existing == null) {
            entry = watchList.add(u.fullName(), u.dateOfBirth(), u.nationality(), u.reason(),
                    ExchangeOutbox.FROM_NATIONAL).id();
            jdbc.sql("update border.watch_list_entry set external_id = null where external_id = :x")
                    .param("x", u.externalId()).update();
            jdbc.sql("update border.watch_list_entry set external_id = :x where id = :id")
                    .param("x", u.externalId()).param("id", entry).update();
        } else if (action.equals("REMOVE") && existing != null) {
            watchList.remove(existing);
        }
        jdbc.sql("update border.exchange_inbox set entry_id = :e where update_id = :id")
                .param("e", entry).param("id", u.updateId()).update();
        return true;
    }
}
