package org.onedoor.reporting.projection;

import java.sql.Timestamp;

import org.onedoor.queue.ServiceRated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Stores the citizens' ratings of their visits for the satisfaction indicator (decision 0427); idempotent. */
@Component
class ServiceRatingProjection {

    private final JdbcClient jdbc;

    ServiceRatingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ServiceRated e) {
        jdbc.sql("""
                        insert into reporting.service_rating (rating_id, centre, ticket_code, counter, officer, rating,
                                                              reason, dossier_code, at)
                        values (:id, :centre, :ticket, :counter, :officer, :rating, :reason, :dossier, :at)
                        on conflict (rating_id) do nothing""")
                .param("id", e.ratingId()).param("centre", e.centre()).param("ticket", e.ticketCode())
                .param("counter", e.counter()).param("officer", e.officer()).param("rating", e.rating())
                .param("reason", e.reason()).param("dossier", e.dossierCode()).param("at", Timestamp.from(e.at()))
                .update();
    }
}
