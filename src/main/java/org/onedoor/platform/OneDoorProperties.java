package org.onedoor.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by all modules.
 *
 * @param dataDir   where OneDoor keeps its state: the embedded database, stored files, the demo PKI
 *                  ({@code ONEDOOR_DATA_DIR}, default {@code ./data})
 * @param demo      load the demo reference data on first start: agencies, demo accounts with documented
 *                  passwords, the demo catalogue. Switch off in production ({@code ONEDOOR_DEMO=false}).
 * @param demoDossiers also generate a few hundred demo dossiers spread over past months (only with {@code demo})
 * @param publicUrl the address citizens use to reach this installation (printed in QR codes)
 * @param database  embedded database settings; ignored when {@code spring.datasource.url} is set
 */
@ConfigurationProperties("onedoor")
public record OneDoorProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("true") boolean demoDossiers,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Database database) {

    /**
     * @param durable   fsync and synchronous_commit on: an acknowledged record survives a crash. Tests may switch it off.
     * @param ephemeral a throw-away database in a temporary directory, shared by all contexts of one JVM (tests)
     * @param port      port of the embedded server; 0 picks a free one
     * @param poolSize  connections to the embedded server (HikariCP's default of 10: on two cores, more
     *                  connections only add contention — measured 400 submissions/s with 10, ~300 with 20, 270 with 40)
     */
    public record Database(@DefaultValue("true") boolean durable,
                           @DefaultValue("false") boolean ephemeral,
                           @DefaultValue("0") int port,
                           @DefaultValue("10") int poolSize) {
    }
}
