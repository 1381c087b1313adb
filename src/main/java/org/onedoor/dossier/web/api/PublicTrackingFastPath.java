package org.onedoor.dossier.web.api;

import java.io.IOException;
import java.util.Optional;

import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.PublicTracking;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The busiest request of the system, a successful public tracking look-up, answered before the security filter
 * chain and Spring MVC (decision 0009). The endpoint is public and stateless, so the chain has nothing to decide;
 * it costs about as much CPU as the look-up itself. This filter answers only the plain case (GET, JSON
 * acceptable, a simple code, a dossier found with a matching secret) with exactly the JSON and the security
 * headers {@link PublicTrackingController} answers with. Everything else (unknown code, wrong secret, HEAD,
 * other media types, odd paths) continues down the normal chain, so errors keep one implementation: the
 * controller's localised problem details.
 */
final class PublicTrackingFastPath extends OncePerRequestFilter {

    static final String PREFIX = "/api/v1/public/dossiers/";
    static final String PATTERN = PREFIX + "{code}";

    private final DossierQueries queries;
    private final ObjectMapper json;

    PublicTrackingFastPath(DossierQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublicTracking> found = "GET".equals(request.getMethod()) && acceptsJson(request)
                ? lookUp(request) : Optional.empty();
        if (found.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(PATTERN));
        byte[] body = json.writeValueAsBytes(found.get());
        response.setStatus(HttpServletResponse.SC_OK);
        securityHeaders(response);
        response.setHeader("Content-Disposition", "inline;filename=f.txt");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Optional<PublicTracking> lookUp(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String code = path.substring(PREFIX.length());
        if (code.isEmpty() || code.length() > 64 || !simple(code)) {
            return Optional.empty();
        }
        String idNumber = request.getParameter("idNumber");
        String secret = idNumber != null && !idNumber.isBlank() ? idNumber : request.getParameter("phone");
        return queries.trackPublic(code, secret);
    }

    /** Letters, digits, dots and hyphens: every dossier code; anything encoded or unusual takes the normal path. */
    private static boolean simple(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON)) {
                return true;
            }
        }
        return false;
    }

    /** The headers the security filter chain writes on every API response (SecurityConfiguration). */
    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PublicTrackingFastPath> publicTrackingFastPath(DossierQueries queries,
                                                                              ObjectMapper json) {
            FilterRegistrationBean<PublicTrackingFastPath> registration =
                    new FilterRegistrationBean<>(new PublicTrackingFastPath(queries, json));
            registration.addUrlPatterns(PREFIX + "*");
            // after the observation filter (metrics), before Spring Security's chain
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
