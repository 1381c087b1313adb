package org.onedoor.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup database: an embedded PostgreSQL 17 (io.zonky binaries) whose cluster lives under the data
 * directory and survives restarts. Only active while no {@code spring.datasource.url} is configured.
 * Run mode is durable (fsync, synchronous_commit on) because an acknowledged dossier must survive a crash.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** One throw-away server per JVM for tests: every Spring context of the suite shares it. */
    private static EmbeddedPostgres ephemeral;

    @Bean
    EmbeddedServer embeddedPostgres(OneDoorProperties properties) {
        OneDoorProperties.Database db = properties.database();
        if (db.ephemeral()) {
            return new EmbeddedServer(sharedEphemeral(db), false);
        }
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            stopOrphanedServer(dir);
            EmbeddedPostgres pg = builder(db).setDataDirectory(dir).setCleanDataDirectory(false).start();
            log.info("Embedded PostgreSQL running on port {} with data in {} (durable: {})", pg.getPort(), dir, db.durable());
            return new EmbeddedServer(pg, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedServer server, OneDoorProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("onedoor-embedded");
        ds.setMaximumPoolSize(properties.database().poolSize());
        // JDBC batches become multi-row INSERTs (the audit trail's batched reads: several times faster)
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }

    /**
     * After the JVM was killed (crash, kill -9, power cut of the container only), the PostgreSQL server it had
     * started keeps running on the data directory and would block the next start. Its postmaster.pid names it:
     * ask it to shut down cleanly (SIGTERM, "smart": it finishes and checkpoints), then start afresh. A stale
     * pid file of a process that is gone is left to PostgreSQL, which recognises it.
     */
    static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException e) {
            return;
        }
        java.util.Optional<ProcessHandle> server = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log.warn("A PostgreSQL server (pid {}) left by a previous run still holds {}; stopping it", pid, dir);
        server.get().destroy();
        try {
            server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("the PostgreSQL server left by a previous run (pid " + pid + ") did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping a PostgreSQL server left by a previous run", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    private static synchronized EmbeddedPostgres sharedEphemeral(OneDoorProperties.Database db) {
        if (ephemeral == null) {
            try {
                EmbeddedPostgres pg = builder(db).start();
                ephemeral = pg;
                // Stop it only after every Spring context of the JVM has closed (they flush the outbox on close).
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        log.warn("Could not stop the ephemeral PostgreSQL", e);
                    }
                });
                log.info("Ephemeral embedded PostgreSQL on port {}", ephemeral.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the ephemeral embedded PostgreSQL", e);
            }
        }
        return ephemeral;
    }

    private static EmbeddedPostgres.Builder builder(OneDoorProperties.Database db) {
        String durable = db.durable() ? "on" : "off";
        return EmbeddedPostgres.builder()
                // Spring stops the server (after the beans that use it); zonky's own JVM hook would race with them.
                .setRegisterShutdownHook(false)
                .setPort(db.port())
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC");
    }

    /** Wraps the server so that the ephemeral (JVM-wide) one is not stopped with the first context that closes. */
    record EmbeddedServer(EmbeddedPostgres postgres, boolean stopOnClose) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (stopOnClose) {
                postgres.close();
            }
        }
    }
}
