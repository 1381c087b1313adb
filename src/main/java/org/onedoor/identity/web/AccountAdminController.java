package org.onedoor.identity.web;

import java.util.EnumSet;
import java.util.Set;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.common.DomainException;
import org.onedoor.identity.Permission;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountAdministration;
import org.onedoor.identity.internal.AccountAdministration.OfficerForm;
import org.onedoor.identity.internal.AccountStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/accounts: list, create, edit roles, permissions and agency, enable/disable, unlock, reset password. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private final AccountAdministration administration;
    private final Agencies agencies;

    AccountAdminController(AccountAdministration administration, Agencies agencies) {
        this.administration = administration;
        this.agencies = agencies;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", administration.search(q));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, new OfficerForm(null, null, null, null, null, true, EnumSet.of(Role.DESK_OFFICER),
                EnumSet.noneOf(Permission.class)), false);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        AccountStore.Account a = administration.find(username)
                .orElseThrow(() -> DomainException.notFound("identity.error.notFound", username));
        model.addAttribute("account", a);
        return form(model, new OfficerForm(a.username(), a.fullName(), a.email(), a.phone(), a.agencyCode(), a.enabled(),
                a.roles(), a.permissions()), true);
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "false") boolean existing, @RequestParam(required = false) String username,
                @RequestParam(required = false) String fullName, @RequestParam(required = false) String email,
                @RequestParam(required = false) String phone, @RequestParam(required = false) String agencyCode,
                @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) Set<Permission> permissions,
                @RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {
        var form = new OfficerForm(username == null ? null : username.trim().toLowerCase(), fullName, email, phone,
                agencyCode, enabled, roles == null ? Set.of() : roles, permissions == null ? Set.of() : permissions);
        try {
            if (existing) {
                administration.updateOfficer(form);
            } else {
                administration.createOfficer(form, password);
            }
        } catch (DomainException e) {
            model.addAttribute("errors", LoginController.errors(e));
            administration.find(form.username()).ifPresent(a -> model.addAttribute("account", a));
            return form(model, form, existing);
        }
        redirect.addFlashAttribute("saved", form.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        try {
            administration.resetPassword(username, password);
            redirect.addFlashAttribute("passwordReset", username);
        } catch (DomainException e) {
            redirect.addFlashAttribute("passwordError", e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey());
        }
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username);
        redirect.addFlashAttribute("unlocked", username);
        return "redirect:/admin/accounts/" + username;
    }

    private String form(Model model, OfficerForm form, boolean existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", Role.values());
        model.addAttribute("permissions", Permission.values());
        model.addAttribute("agencies", agencies.all().stream().filter(Agency::active).toList());
        return "identity/account-form";
    }
}
