package org.onedoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.OneDoorApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run mode (not the test profile): the embedded PostgreSQL keeps its cluster under the data directory, is
 * durable, and what was committed is still there after a restart.
 */
class EmbeddedDatabaseRunModeIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void isDurableAndKeepsItsDataAcrossRestarts() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            jdbc.sql("create table public.restart_probe(v text)").update();
            jdbc.sql("insert into public.restart_probe values ('kept')").update();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select v from public.restart_probe").query(String.class).single()).isEqualTo("kept");
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(OneDoorApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--onedoor.data-dir=" + dataDir,
                "--onedoor.demo=false", "--spring.main.banner-mode=off");
    }
}
