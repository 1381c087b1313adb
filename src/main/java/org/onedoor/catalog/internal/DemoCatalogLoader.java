package org.onedoor.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalogue (classpath {@code catalog/demo-catalog.json}) through the ordinary importer when
 * demo data is on and the catalogue is still empty, so a restart never overwrites an administrator's edits.
 */
@Component
class DemoCatalogLoader implements ApplicationRunner {

    static final String DEMO_CATALOGUE = "catalog/demo-catalog.json";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final OneDoorProperties properties;
    private final CatalogStore store;
    private final CatalogTransfer transfer;

    DemoCatalogLoader(OneDoorProperties properties, CatalogStore store, CatalogTransfer transfer) {
        this.properties = properties;
        this.store = store;
        this.transfer = transfer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demo() || store.countProcedures() > 0) {
            return;
        }
        ImportResult result = transfer.importCatalog(demoCatalogue(), DEMO_CATALOGUE);
        log.info("Demo catalogue loaded: {} procedures, {} versions", result.procedures(), result.versions());
    }

    static String demoCatalogue() throws IOException {
        try (InputStream in = new ClassPathResource(DEMO_CATALOGUE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
