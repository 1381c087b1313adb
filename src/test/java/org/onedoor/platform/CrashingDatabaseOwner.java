package org.onedoor.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stands in for a OneDoor process that dies without warning: starts the embedded PostgreSQL on a data
 * directory, commits a row, says READY and waits to be killed (SIGKILL), leaving its server running.
 */
public final class CrashingDatabaseOwner {

    private CrashingDatabaseOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create table public.crash_probe(v text); insert into public.crash_probe values ('acknowledged')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
