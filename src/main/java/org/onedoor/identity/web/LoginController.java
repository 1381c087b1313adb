package org.onedoor.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.internal.AccountAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The localised sign-in page (Spring Security processes the POST) and optional citizen registration. */
@Controller
class LoginController {

    private final AccountAdministration administration;

    LoginController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("errorKey", switch (error) {
                case "locked" -> "identity.login.locked";
                case "throttled" -> "identity.login.throttled";
                default -> "identity.login.failed";
            });
        }
        return "identity/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", new AccountAdministration.Registration(null, null, null, null, null, null, null));
        return "identity/register";
    }

    @PostMapping("/register")
    String register(AccountAdministration.Registration form, Model model, RedirectAttributes redirect) {
        try {
            administration.register(form);
        } catch (DomainException e) {
            model.addAttribute("form", new AccountAdministration.Registration(form.idNumber(), form.fullName(),
                    form.dateOfBirth(), form.email(), form.phone(), null, null));
            model.addAttribute("errors", errors(e));
            return "identity/register";
        }
        redirect.addFlashAttribute("registered", true);
        return "redirect:/login";
    }

    static Map<String, FieldViolation> errors(DomainException e) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
        if (errors.isEmpty()) {
            errors.put("global", new FieldViolation("global", e.messageKey(), e.args()));
        }
        return errors;
    }
}
