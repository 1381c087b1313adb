package org.onedoor.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page: search a procedure, track a dossier. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
