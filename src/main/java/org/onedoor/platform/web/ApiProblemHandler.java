package org.onedoor.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One error format for the whole API: RFC 9457 problem details, titles and field messages in the caller's
 * language, field errors under {@code errors: [{field, message}]}. Never a stack trace, never a bare 500
 * for input the caller could fix.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final URI TYPE_BASE = URI.create("https://onedoor.example/problems/");

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status),
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        problem.setTitle(messages.getMessage("problem." + e.kind().name().toLowerCase(Locale.ROOT), null, e.kind().name(), locale));
        problem.setType(TYPE_BASE.resolve(e.messageKey()));
        if (!e.violations().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (FieldViolation v : e.violations()) {
                errors.add(Map.of("field", v.field(), "message", messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)));
            }
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(e.kind().status).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.validation", null, "Invalid input", locale));
        problem.setTitle(messages.getMessage("problem.invalid", null, "Invalid input", locale));
        problem.setType(TYPE_BASE.resolve("error.validation"));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", messages.getMessage(fe, locale)));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.upload.tooLarge", null, "File too large", locale));
        problem.setType(TYPE_BASE.resolve("error.upload.tooLarge"));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(org.springframework.security.access.AccessDeniedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("error.forbidden", null, "Forbidden", locale));
        problem.setType(TYPE_BASE.resolve("error.forbidden"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.unexpected", null, "Unexpected error", locale));
        return ResponseEntity.internalServerError().body(problem);
    }
}
