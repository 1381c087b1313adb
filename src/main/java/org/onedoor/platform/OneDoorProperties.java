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
     * @param poolSize  connections to the embedded server: 32, as many as the benchmarks' concurrent clients, so a
     *                  burst of public look-ups does not queue for a connection (decision 0262: look-up p99 9.5 ms
     *                  with 32 against 150–450 ms with 10; submissions and actions unchanged within the noise)
     */
    public record Database(@DefaultValue("true") boolean durable,
                           @DefaultValue("false") boolean ephemeral,
                           @DefaultValue("0") int port,
                           @DefaultValue("32") int poolSize) {
    }
}
