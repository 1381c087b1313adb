package org.onedoor.border.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.ObjectMapper;

/**
 * Limits the writes of the public declaration pages and API per client address (decision 0530). Over the limit:
 * 429 with {@code Retry-After}, as RFC 9457 problem details for the API and as a localised page for the forms.
 * The watch-list exchange endpoint is left out: it is called by the national system with its own secret.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final List<String> LIMITED = List.of("/border/declare", "/border/declare/**", "/api/v1/public/border/**");
    static final List<String> EXEMPT = List.of("/api/v1/public/border/exchange/**");
    private static final URI TYPE = URI.create("https://onedoor.example/problems/border.public.tooManyRequests");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final PublicRateProperties properties;
    private final TokenBuckets buckets;
    private final Set<String> trustedProxies;
    private final MessageSource messages;
    private final ObjectMapper json;

    PublicRateLimit(PublicRateProperties properties, MessageSource messages, ObjectMapper json) {
        this.properties = properties;
        this.buckets = new TokenBuckets(properties.requestsPerMinute(), properties.burst(), properties.maxClients(),
                Clock.systemUTC());
        this.trustedProxies = Set.copyOf(properties.trustedProxies());
        this.messages = messages;
        this.json = json;
    }

    /** Raised before the handler runs; rendered by {@link #limited}. */
    static final class TooManyRequests extends RuntimeException {
        final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super("too many requests", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (properties.enabled()) {
            registry.addInterceptor(this).addPathPatterns(LIMITED).excludePathPatterns(EXEMPT);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!WRITES.contains(request.getMethod())) {
            return true;
        }
        long waitMillis = buckets.take(clientAddress(request, trustedProxies));
        if (waitMillis > 0) {
            throw new TooManyRequests(Math.max(1, (waitMillis + 999) / 1000));
        }
        return true;
    }

    /**
     * The client's address: the connection's peer, or, only when the peer is a trusted proxy, the right-most
     * address of {@code X-Forwarded-For} that is not itself a trusted proxy (the left part is written by the
     * client and may be forged).
     */
    static String clientAddress(HttpServletRequest request, Set<String> trustedProxies) {
        String peer = request.getRemoteAddr();
        if (peer == null || !trustedProxies.contains(peer)) {
            return peer == null ? "unknown" : peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    @ExceptionHandler(TooManyRequests.class)
    ModelAndView limited(TooManyRequests e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // the same RFC 9457 body as the API's other errors (platform ApiProblemHandler), written here because
            // the limit is hit before any handler runs
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("border.public.rate.detail", new Object[] {e.retryAfterSeconds},
                            "Too many requests", locale));
            problem.setType(TYPE);
            problem.setTitle(messages.getMessage("border.public.rate.title", null, "Too many requests", locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("retryAfter", e.retryAfterSeconds);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        ModelAndView page = new ModelAndView("border/rate-limited", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", e.retryAfterSeconds);
        page.addObject("back", request.getRequestURI());
        return page;
    }
}
