package org.onedoor.queue.mobile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.onedoor.queue.MobileTickets;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ticket secrets, drawn by the database on insert (migration V15). */
@Service
class TicketSecretStore implements MobileTickets {

    private final JdbcClient jdbc;
    private final Queues queues;

    TicketSecretStore(JdbcClient jdbc, Queues queues) {
        this.jdbc = jdbc;
        this.queues = queues;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> secret(String centre, long ticketId) {
        return jdbc.sql("select secret from queue.ticket where id = :id and centre = :centre")
                .param("id", ticketId).param("centre", centre).query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> follow(String centre, long ticketId, String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return secret(centre, ticketId)
                .filter(s -> MessageDigest.isEqual(s.getBytes(StandardCharsets.US_ASCII),
                        secret.strip().getBytes(StandardCharsets.US_ASCII)))
                .flatMap(s -> queues.ticket(centre, ticketId));
    }
}
