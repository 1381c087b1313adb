package org.onedoor.workspace.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize} for the workspace controllers. Harmless if identity enables it as well
 * (the same configuration is imported once).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WorkspaceSecurity {

    /** Every officer role; citizens with accounts have no business in the workspace. */
    static final String OFFICER = "hasAnyRole('DESK_OFFICER','SPECIALIST','LEADER','SIGNER','CENTRE_MANAGER','ADMIN')";
}
