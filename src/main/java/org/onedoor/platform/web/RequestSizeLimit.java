package org.onedoor.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a request body above the multipart ceiling before anything reads it. Without this, the container
 * fails while the security filters read the form's CSRF field and answers with its own bare error page; here
 * the caller gets the localised 413 page (pages) or problem details (API) instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectMapper json;

    RequestSizeLimit(@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize max, MessageSource messages,
                     ObjectProvider<LocaleResolver> locales, ObjectMapper json) {
        this.maxBytes = max.toBytes();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problem(request, response);
            } else {
                // rendered here, as the container would have: its own error dispatch (and a forward of the request
                // as it is) would parse the multipart body and fail again, answering an empty 413
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
                request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Content Too Large");
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setHeader("Connection", "close");
                request.getRequestDispatcher("/error").forward(withoutBody(request), response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The request as if it were a GET without a body, so that nothing downstream (CSRF check, multipart resolver,
     * parameter logging) makes the container parse the refused body.
     */
    private static HttpServletRequest withoutBody(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
                        ? null : super.getHeader(name);
            }

            @Override
            public int getContentLength() {
                return 0;
            }

            @Override
            public long getContentLengthLong() {
                return 0;
            }

            @Override
            public String getMethod() {
                return "GET";    // the error page is a read; no CSRF check on a body that is not read
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                return java.util.Map.of();
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return java.util.Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public java.util.Collection<jakarta.servlet.http.Part> getParts() {
                return java.util.List.of();
            }

            @Override
            public jakarta.servlet.http.Part getPart(String name) {
                return null;
            }
        };
    }

    /** RFC 9457 problem details, like every other API error; the body is never read. */
    private void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? request.getLocale() : resolver.resolveLocale(request);
        String detail = messages.getMessage("error.request.tooLarge", new Object[] {DataSize.ofBytes(maxBytes).toMegabytes()},
                "Request too large", locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblemHandler.TYPE_BASE.resolve("error.request.tooLarge").toString());
        problem.put("title", "Content Too Large");
        problem.put("status", 413);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(413);
        response.setHeader("Connection", "close");   // the unread body is not drained
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
