package org.onedoor.ecopy.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.common.DomainException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A domain error the pages do not show in place (a request of another agency, an unknown id) becomes the
 * application's error page with its status (404 for another agency's request: its existence is not revealed).
 */
@ControllerAdvice(assignableTypes = {KioskController.class, ReviewController.class, VerifyController.class,
        MyCopiesController.class})
class PageErrors {

    @ExceptionHandler(DomainException.class)
    void domain(DomainException e, HttpServletResponse response) throws IOException {
        response.sendError(e.kind().status);
    }
}
