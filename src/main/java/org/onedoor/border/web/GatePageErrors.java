package org.onedoor.border.web;

import java.io.IOException;

import org.onedoor.common.DomainException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A domain error a border page does not show in place (another gate's crossing or statistics, an unknown image)
 * becomes the application's error page with its status (403, 404) instead of a server error.
 */
@ControllerAdvice(assignableTypes = {ClearancePageController.class, StatisticsPageController.class})
class GatePageErrors {

    @ExceptionHandler(DomainException.class)
    void domain(DomainException e, HttpServletResponse response) throws IOException {
        response.sendError(e.kind().status);
    }
}
