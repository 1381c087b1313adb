package org.onedoor.border.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.onedoor.border.ExchangeChannel;
import org.onedoor.border.ExchangeMessage;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channel toward the national border-gate system, chosen by {@code onedoor.border.exchange.channel}. */
@Configuration(proxyBeanMethods = false)
class ExchangeChannels {

    @Bean
    @ConditionalOnMissingBean
    ExchangeChannel exchangeChannel(BorderProperties properties, OneDoorProperties platform) {
        BorderProperties.Exchange x = properties.exchange();
        if ("http".equalsIgnoreCase(x.channel())) {
            if (x.url() == null) {
                throw new IllegalStateException("onedoor.border.exchange.url is required for the http channel");
            }
            return new Http(x);
        }
        return new FileChannelOut(directory(properties, platform).resolve("outbox"));
    }

    static Path directory(BorderProperties properties, OneDoorProperties platform) {
        Path d = properties.exchange().directory();
        return d != null ? d : platform.dataDir().resolve("border-exchange");
    }

    /** One file per record, named by its idempotency key, written to a temporary file, synced, then moved in. */
    static final class FileChannelOut implements ExchangeChannel {

        private final Path dir;

        FileChannelOut(Path dir) {
            this.dir = dir;
        }

        @Override
        public void deliver(ExchangeMessage message) throws IOException {
            Files.createDirectories(dir);
            String key = message.idempotencyKey().replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = dir.resolve(key + ".jsonl");
            if (Files.exists(target)) {
                return; // delivered before: once only
            }
            Path temp = Files.createTempFile(dir, ".part-", ".tmp");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    out.write(java.nio.ByteBuffer.wrap((message.json() + "\n").getBytes(StandardCharsets.UTF_8)));
                    out.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                    // a concurrent attempt of the same record won
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Posts each record with its idempotency key; any answer but 2xx (or 409, already have it) is a failure. */
    static final class Http implements ExchangeChannel {

        private final BorderProperties.Exchange x;
        private final HttpClient client;

        Http(BorderProperties.Exchange x) {
            this.x = x;
            this.client = HttpClient.newBuilder().connectTimeout(x.timeout()).build();
        }

        @Override
        public void deliver(ExchangeMessage message) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(x.url()).timeout(x.timeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", message.idempotencyKey())
                    .header("X-Record-Type", message.type())
                    .POST(HttpRequest.BodyPublishers.ofString(message.json()));
            if (x.secret() != null && !x.secret().isBlank()) {
                b.header("Authorization", "Bearer " + x.secret());
            }
            HttpResponse<Void> r;
            try {
                r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (r.statusCode() / 100 != 2 && r.statusCode() != 409) {
                throw new IOException("national border-gate system answered " + r.statusCode());
            }
        }
    }
}
