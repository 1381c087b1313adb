package org.onedoor.border.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onedoor.border.ExchangeChannel;
import org.onedoor.border.ExchangeMessage;
import org.onedoor.border.PersonCrossed;
import org.onedoor.border.WatchListChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends crossings and watch-list changes to the national border-gate system (decision 0523). Each event is in the
 * event publication registry (outbox) until its listener returns: when the channel is down the listener throws, the
 * publication stays incomplete and is resubmitted every {@code resubmit-every} until delivered. The idempotency key
 * ({@code crossing-<id>}, {@code watchlist-<id>-<listed>}) makes a repeat harmless.
 */
@Component
class ExchangeOutbox {

    static final String FROM_NATIONAL = "national-exchange";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExchangeChannel channel;
    private final IncompleteEventPublications incomplete;
    private final BorderProperties properties;

    ExchangeOutbox(ExchangeChannel channel, IncompleteEventPublications incomplete, BorderProperties properties) {
        this.channel = channel;
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(PersonCrossed e) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "PersonCrossed");
        m.put("crossingId", e.crossingId());
        m.put("gate", e.gate());
        m.put("direction", e.direction().name());
        m.put("documentType", e.documentType().name());
        m.put("nationality", e.nationality());
        m.put("decision", e.decision().name());
        m.put("firstScanAt", e.firstScanAt().toString());
        m.put("decidedAt", e.decidedAt().toString());
        channel.deliver(new ExchangeMessage("crossing-" + e.gate() + "-" + e.crossingId(), "PersonCrossed", json(m)));
    }

    @ApplicationModuleListener
    void on(WatchListChanged e) throws IOException {
        if (FROM_NATIONAL.equals(e.source())) {
            return; // it came from the national system: do not echo it back
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "WatchListChanged");
        m.put("entryId", e.entryId());
        m.put("listed", e.listed());
        m.put("fullName", e.fullName());
        m.put("dateOfBirth", e.dateOfBirth() == null ? null : e.dateOfBirth().toString());
        m.put("nationality", e.nationality());
        channel.deliver(new ExchangeMessage("watchlist-" + e.entryId() + "-" + (e.listed() ? "add" : "remove"),
                "WatchListChanged", json(m)));
    }

    @Scheduled(initialDelayString = "${onedoor.border.exchange.resubmit-every:1m}",
            fixedDelayString = "${onedoor.border.exchange.resubmit-every:1m}")
    void retry() {
        resubmit(properties.exchange().resubmitAfter());
    }

    void resubmit(Duration minAge) {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(minAge)
                .withFilter(ExchangeOutbox::isExchange));
    }

    static boolean isExchange(EventPublication p) {
        return p.getEvent() instanceof PersonCrossed || p.getEvent() instanceof WatchListChanged;
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
