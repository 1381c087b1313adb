package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.BorderExchange;
import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.ExchangeChannel;
import org.onedoor.border.ExchangeMessage;
import org.onedoor.border.ScanInput;
import org.onedoor.border.WatchList;
import org.onedoor.border.WatchListUpdate;
import org.onedoor.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The exchange with the national border-gate system: while the channel is down nothing is lost, after recovery every
 * crossing arrives exactly once (file channel, idempotency key); incoming watch-list updates apply once.
 */
@SpringBootTest
@ActiveProfiles("test")
class BorderExchangeIntegrationTest {

    static final AtomicBoolean DOWN = new AtomicBoolean();
    static final List<String> ATTEMPTS = java.util.Collections.synchronizedList(new ArrayList<>());
    static Path outbox;

    @TestConfiguration
    static class Flaky {
        @Bean
        @Primary
        ExchangeChannel flakyChannel() throws IOException {
            outbox = Files.createTempDirectory("border-outbox");
            ExchangeChannel file = new ExchangeChannels.FileChannelOut(outbox);
            return message -> {
                ATTEMPTS.add(message.idempotencyKey());
                if (DOWN.get()) {
                    throw new IOException("national system unreachable");
                }
                file.deliver(message);
            };
        }
    }

    @Autowired Clearance clearance;
    @Autowired ExchangeOutbox exchangeOutbox;
    @Autowired BorderExchange exchange;
    @Autowired WatchList watchList;
    @Autowired ExchangeChannel channel;

    @AfterEach
    void reset() {
        DOWN.set(false);
        SecurityContextHolder.clearContext();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out").isLessThan(until);
            Thread.sleep(100);
        }
    }

    @Test
    void outageThenRecoveryDeliversEveryCrossingExactlyOnce() throws Exception {
        BorderOpsIntegrationTest.actAs("bienphong.lethanh", BorderOpsIntegrationTest.GATE, Role.BORDER_GUARD);
        DOWN.set(true);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClearanceCase c = clearance.scan(BorderOpsIntegrationTest.GATE, new ScanInput(null,
                    BorderOpsIntegrationTest.passport("TRAN<<THI<MAI", "VNM", "E00000" + (20 + i) + "<", "920202"),
                    Direction.EXIT));
            clearance.decide(c.crossingId(), Decision.CLEAR, null);
            keys.add("crossing-" + BorderOpsIntegrationTest.GATE + "-" + c.crossingId());
        }
        await(() -> keys.stream().allMatch(ATTEMPTS::contains));
        for (String k : keys) {
            assertThat(Files.exists(outbox.resolve(k + ".jsonl"))).as("not delivered while down").isFalse();
        }

        exchangeOutbox.resubmit(Duration.ZERO); // still down: still nothing, still kept
        Thread.sleep(500);
        DOWN.set(false);
        exchangeOutbox.resubmit(Duration.ZERO);
        await(() -> keys.stream().allMatch(k -> Files.exists(outbox.resolve(k + ".jsonl"))));
        exchangeOutbox.resubmit(Duration.ZERO); // nothing left to resubmit
        // a repeated delivery of the same record (receiver side of a retry) is harmless
        channel.deliver(new ExchangeMessage(keys.get(0), "PersonCrossed", "{\"again\":true}"));
        Thread.sleep(500);
        for (String k : keys) {
            List<String> lines = Files.readAllLines(outbox.resolve(k + ".jsonl"));
            assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("\"PersonCrossed\"", "CLEAR"));
        }
        try (var files = Files.list(outbox)) {
            assertThat(files.filter(p -> keys.stream().anyMatch(k -> p.getFileName().toString().startsWith(k))))
                    .hasSize(3);
        }
    }

    @Test
    void incomingWatchListUpdatesApplyOnce() {
        String x = "NAT-" + System.nanoTime();
        int before = watchList.size();
        WatchListUpdate add = new WatchListUpdate("u-" + x, "ADD", x, "Kheang Vibol", LocalDate.of(1980, 3, 3),
                "KHM", "national alert");
        assertThat(exchange.apply(add)).isTrue();
        assertThat(exchange.apply(add)).isFalse();
        assertThat(watchList.size()).isEqualTo(before + 1);
        assertThat(watchList.screen("VIBOL KHEANG", LocalDate.of(1980, 3, 3), "KHM").hits()).isNotEmpty();
        WatchListUpdate remove = new WatchListUpdate("r-" + x, "REMOVE", x, null, null, null, null);
        assertThat(exchange.apply(remove)).isTrue();
        assertThat(exchange.apply(remove)).isFalse();
        assertThat(watchList.size()).isEqualTo(before);
    }
}
