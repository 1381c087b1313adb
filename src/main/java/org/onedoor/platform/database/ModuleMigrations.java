package org.onedoor.platform.database;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each module owns a PostgreSQL schema of its own name and its migrations under
 * {@code classpath:db/migration/<module>}, with its own history table in that schema. Modules migrate in
 * the order listed in {@code onedoor.migrations.modules} (dependencies first). No module's schema holds a
 * foreign key into another module's schema: modules refer to each other by business codes.
 */
public class ModuleMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    private final DataSource dataSource;
    private final List<String> modules;

    ModuleMigrations(DataSource dataSource, List<String> modules) {
        this.dataSource = dataSource;
        this.modules = List.copyOf(modules);
    }

    void migrate() {
        for (String module : modules) {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/migration/" + module)
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Schema {}: {} migration(s) applied, now at version {}", module, result.migrationsExecuted, result.targetSchemaVersion);
            }
        }
    }

    public List<String> modules() {
        return modules;
    }

    /** @param modules module schemas in migration order */
    @ConfigurationProperties("onedoor.migrations")
    record Settings(@DefaultValue({}) List<String> modules) {
    }
}
