package org.onedoor.ecopy.web;

import org.onedoor.ecopy.CertifiedCopies;
import org.onedoor.identity.Citizen;
import org.onedoor.identity.Citizens;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A citizen with an account sees every certified copy issued under their ID number, at any kiosk. */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class MyCopiesController {

    private final Citizens citizens;
    private final CertifiedCopies copies;

    MyCopiesController(Citizens citizens, CertifiedCopies copies) {
        this.citizens = citizens;
        this.copies = copies;
    }

    @GetMapping("/my/copies")
    String mine(Model model) {
        Citizen citizen = citizens.current().orElseThrow(() -> new AccessDeniedException("not a citizen account"));
        model.addAttribute("citizen", citizen);
        model.addAttribute("copies", copies.ofHolder(citizen.idNumber()));
        return "ecopy/my-copies";
    }
}
