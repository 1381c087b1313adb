package org.onedoor.notification.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification.sent} table: the idempotency record of every notification sent. */
@Repository
class SentNotifications {

    enum Channel { EMAIL, SMS }

    private final JdbcClient jdbc;

    SentNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the right to send one notification: true if no row existed. Called inside the transaction that
     * sends, so a failed send rolls the claim back, and a concurrent redelivery waits on the row lock and then
     * finds the row.
     */
    boolean claim(String dossierCode, int sequence, Channel channel, String recipient, Notice notice) {
        return jdbc.sql("""
                        insert into notification.sent (dossier_code, sequence, channel, recipient, notice)
                        values (:code, :sequence, :channel, :recipient, :notice)
                        on conflict (dossier_code, sequence, channel) do nothing
                        """)
                .param("code", dossierCode)
                .param("sequence", sequence)
                .param("channel", channel.name())
                .param("recipient", recipient)
                .param("notice", notice.name())
                .update() == 1;
    }
}
