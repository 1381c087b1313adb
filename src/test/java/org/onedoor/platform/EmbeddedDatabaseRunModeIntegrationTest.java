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

    @Test
    void startsAfterACrashThatLeftItsServerRunning() throws Exception {
        // a process that owns the database is killed with SIGKILL: its PostgreSQL server keeps running
        Path pgDir = java.nio.file.Files.createDirectories(dataDir.resolve("postgres"));
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingDatabaseOwner.class.getName(), pgDir.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait until the row is committed
            }
            assertThat(line).as("the owner process started its server").isNotNull();
            owner.destroyForcibly().waitFor();
        }
        assertThat(pgDir.resolve("postmaster.pid")).as("the orphaned server still holds the directory").exists();

        try (ConfigurableApplicationContext restarted = start()) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select v from public.crash_probe").query(String.class).single()).isEqualTo("acknowledged");
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(OneDoorApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--onedoor.data-dir=" + dataDir,
                "--onedoor.demo=false", "--spring.main.banner-mode=off");
    }
}
