package org.onedoor.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the per-module migrations before anything uses the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModuleMigrations.Settings.class)
class DatabaseConfiguration {

    @Bean(initMethod = "migrate")
    ModuleMigrations moduleMigrations(DataSource dataSource, ModuleMigrations.Settings settings) {
        return new ModuleMigrations(dataSource, settings.modules());
    }
}
