package org.onedoor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OneDoor: the one-stop public administrative service platform ("một cửa").
 * A Spring Modulith modular monolith; every direct sub-package is a module (see docs/modules).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OneDoor", sharedModules = "common")
public class OneDoorApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneDoorApplication.class, args);
    }
}
