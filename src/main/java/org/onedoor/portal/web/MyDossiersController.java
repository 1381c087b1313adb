package org.onedoor.portal.web;

import org.onedoor.dossier.DossierQueries;
import org.onedoor.identity.Citizen;
import org.onedoor.identity.Citizens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A citizen with an account sees every dossier submitted under their ID number, on any channel and at any
 * centre, with its timeline. The account's ID number is the key: it was checked against the birth date at
 * registration, and nobody else's dossiers can be listed.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class MyDossiersController {

    private final Citizens citizens;
    private final DossierQueries queries;

    MyDossiersController(Citizens citizens, DossierQueries queries) {
        this.citizens = citizens;
        this.queries = queries;
    }

    @GetMapping("/my/dossiers")
    String mine(Model model) {
        Citizen citizen = citizens.current().orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("not a citizen account"));
        model.addAttribute("citizen", citizen);
        model.addAttribute("dossiers", queries.ofApplicant(citizen.idNumber()));
        return "portal/my-dossiers";
    }
}
