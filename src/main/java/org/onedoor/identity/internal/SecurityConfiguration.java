package org.onedoor.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Walking-skeleton security rules: public pages and the public API open, everything else behind login.
 * Form login for pages, HTTP Basic for the API, CSRF on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/procedures/**", "/track/**", "/submit/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/public/**", "/api/v1/procedures/**").permitAll()
                        // online submission and the submitter's uploads need no account (dossier module checks the
                        // channel and the submission token)
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/dossiers", "/api/v1/dossiers/*/files").permitAll()
                        .anyRequest().authenticated())
                // the API authenticates every call (HTTP Basic) or is public; no session cookie to protect
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
