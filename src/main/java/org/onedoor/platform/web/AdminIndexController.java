package org.onedoor.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: links to every module's administration screens. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminIndexController {

    @GetMapping("/admin")
    String index() {
        return "platform/admin";
    }
}
