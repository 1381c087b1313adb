package org.onedoor.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.onedoor.audit.AuditTrail;
import org.onedoor.identity.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may call what, and how they sign in (docs/decisions/0145-0148).
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless. The session cookie is never read there, so the JSON API is
 *     CSRF-exempt without becoming a CSRF target.</li>
 * <li>Everything else: form login at {@code /login} with a session, CSRF tokens on every form.</li>
 * <li>Passwords: bcrypt (cost 12) behind a {@link DelegatingPasswordEncoder}, so stronger schemes can follow.</li>
 * <li>Throttling: account lock after repeated failures plus a per-address limit ({@link AccountAuthenticationProvider}).</li>
 * </ul>
 * Method security is on: officer endpoints use {@code @PreAuthorize("hasRole('DESK_OFFICER')")} and the like.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/", "/error", "/login", "/register", "/css/**", "/js/**", "/img/**",
            "/webjars/**", "/favicon.ico", "/procedures/**", "/track/**", "/submit/**", "/verify/**",
            "/kiosk/**", "/queue/*/kiosk", "/payment/demo/**", "/border/declare", "/border/declare/**",
            // the citizen's visit (queue): appointments, kiosk check-in, alerts on a ticket, rating after service
            "/queue/*/kiosk/**", "/queue/*/appointments", "/queue/*/appointments/**", "/queue/*/tickets/*/alerts",
            "/queue/*/rate",
            // the service-centre floor's public pages: waiting-room board and its stream, mobile ticket, QR poster
            "/queue/*/board", "/queue/*/board/events", "/queue/*/take", "/queue/*/tickets/*", "/queue/*/tickets/*/status",
            "/queue/*/poster",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/pki/**",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    // Inline scripts and styles stay allowed: pages use small inline chart set-ups and style attributes.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(properties.bcryptStrength());
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    @Bean
    ClientAddressThrottle clientAddressThrottle(IdentityProperties properties) {
        return new ClientAddressThrottle(properties.maxFailuresPerIp(), properties.ipWindow(), Clock.systemUTC());
    }

    @Bean
    AccountAuthenticationProvider accountAuthenticationProvider(AccountStore accounts, PasswordEncoder encoder,
                                                                AuditTrail audit, ClientAddressThrottle throttle,
                                                                IdentityProperties properties) {
        return new AccountAuthenticationProvider(accounts, encoder, audit, throttle, properties, Clock.systemUTC(),
                properties.basicCredentialsTtl());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccountAuthenticationProvider provider, MessageSource messages,
                                    LocaleResolver locales) throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(messages, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/public/**").permitAll()
                        // the unattended certified-copy kiosk: each request is bound to a session secret (ecopy)
                        .requestMatchers("/api/v1/kiosk/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/**",
                                "/api/v1/calendar/**", "/api/v1/catalog/export").permitAll()
                        // anonymous online submission; the dossier controller checks the submission token for files
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers", "/api/v1/dossiers/*/files").permitAll()
                        // anyone may check the signatures of a document they received (signing module)
                        .requestMatchers(HttpMethod.POST, "/api/v1/signatures/validate").permitAll()
                        // payment gateways' server-to-server notifications, authenticated by their signature
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/callback").permitAll()
                        // the service-centre floor: kiosks and web pages issue tickets, the waiting-room board (queue)
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/*/tickets").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/*/board").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/*/appointments/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/*/appointments",
                                "/api/v1/queue/*/appointments/*/cancel", "/api/v1/queue/*/appointments/*/check-in",
                                "/api/v1/queue/*/tickets/*/alerts", "/api/v1/queue/*/tickets/*/rating").permitAll()
                        .anyRequest().authenticated())
                // our own manager without a parent: a failed check must not fall through to a second provider
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(basic -> basic.realmName("OneDoor").authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // never read the session: a browser's cookie must not authenticate a (CSRF-exempt) API call
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, IdentityProperties properties, AccountStore accounts,
                                     PasswordEncoder encoder, AuditTrail audit, ClientAddressThrottle throttle) throws Exception {
        // the page chain signs in interactively: every login is verified and audited, no credential cache
        var pageProvider = new AccountAuthenticationProvider(accounts, encoder, audit, throttle, properties,
                Clock.systemUTC(), java.time.Duration.ZERO);
        http.authenticationManager(new ProviderManager(pageProvider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(successHandler())
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/?logout").permitAll())
                // the demo RFC 3161 time-stamp authority is called by machines, with no session (signing module)
                .csrf(c -> c.ignoringRequestMatchers("/pki/tsa"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), microphone=(), geolocation=()")));
        return http.build();
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        // officers land in their workspace, citizens on the portal, unless they were on their way somewhere
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
                boolean citizen = auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.CITIZEN.name()));
                return citizen ? "/" : "/workspace";
            }
        };
        return handler;
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof AccountAuthenticationProvider.LoginThrottledException ? "throttled" : "bad";
            redirect(request, response, "/login?error=" + reason);
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
