package org.onedoor.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorAdministration;
import org.onedoor.queue.internal.FloorSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre manager's settings pages of the floor: the overview with the centre's settings form, a line's form and
 * a counter's form (names, state and work profile in one save). A refused save shows the form again with every
 * error next to its field; a saved one goes back to the overview (post/redirect/get).
 */
@Controller
@PreAuthorize("hasAnyRole('CENTRE_MANAGER','ADMIN')")
class SettingsPageController {

    private final FloorAdministration administration;
    private final SettingsAccess access;

    SettingsPageController(FloorAdministration administration, SettingsAccess access) {
        this.administration = administration;
        this.access = access;
    }

    @GetMapping("/queue/{centre}/settings")
    String overview(@PathVariable String centre, Model model) {
        allow(centre);
        return overview(centre, CentreSettingsForm.of(administration.settings(centre).settings()), model);
    }

    @PostMapping("/queue/{centre}/settings/centre")
    String saveCentre(@PathVariable String centre, @ModelAttribute("centreForm") CentreSettingsForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        allow(centre);
        List<FieldViolation> errors = new ArrayList<>();
        FloorSettings.CentreChange change = form.toChange(errors);
        if (errors.isEmpty() && save(binding, () -> administration.saveCentre(centre, change))) {
            return saved(centre, redirect);
        }
        FormNumbers.reject(binding, errors);
        return overview(centre, form, model);
    }

    @PostMapping("/queue/{centre}/settings/lines/{id}/active")
    String lineActive(@PathVariable String centre, @PathVariable long id, @RequestParam boolean active,
                      RedirectAttributes redirect) {
        allow(centre);
        try {
            administration.setLineActive(centre, id, active);
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
            redirect.addFlashAttribute("refusalArgs", e.args());
        }
        return "redirect:/queue/" + centre + "/settings";
    }

    // ---- lines ----

    @GetMapping("/queue/{centre}/settings/lines/new")
    String newLine(@PathVariable String centre, Model model) {
        allow(centre);
        return lineForm(centre, null, new LineForm(), model);
    }

    @PostMapping("/queue/{centre}/settings/lines")
    String createLine(@PathVariable String centre, @ModelAttribute("lineForm") LineForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        allow(centre);
        List<FieldViolation> errors = new ArrayList<>();
        FloorSettings.LineChange change = form.toChange(errors);
        if (errors.isEmpty() && save(binding, () -> administration.createLine(centre, change))) {
            return saved(centre, redirect);
        }
        FormNumbers.reject(binding, errors);
        return lineForm(centre, null, form, model);
    }

    @GetMapping("/queue/{centre}/settings/lines/{id}")
    String editLine(@PathVariable String centre, @PathVariable long id, Model model) {
        allow(centre);
        return lineForm(centre, line(centre, id), LineForm.of(line(centre, id)), model);
    }

    @PostMapping("/queue/{centre}/settings/lines/{id}")
    String updateLine(@PathVariable String centre, @PathVariable long id, @ModelAttribute("lineForm") LineForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        allow(centre);
        FloorSettings.Line line = line(centre, id);
        form.setPrefix(line.prefix());   // a line's letter never changes (its tickets carry it)
        List<FieldViolation> errors = new ArrayList<>();
        FloorSettings.LineChange change = form.toChange(errors);
        if (errors.isEmpty() && save(binding, () -> administration.updateLine(centre, id, change))) {
            return saved(centre, redirect);
        }
        FormNumbers.reject(binding, errors);
        return lineForm(centre, line, form, model);
    }

    // ---- counters ----

    @GetMapping("/queue/{centre}/settings/counters/new")
    String newCounter(@PathVariable String centre, Model model) {
        allow(centre);
        return counterForm(centre, null, CounterForm.empty(), model);
    }

    @PostMapping("/queue/{centre}/settings/counters")
    String createCounter(@PathVariable String centre, @ModelAttribute("counterForm") CounterForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        allow(centre);
        List<FieldViolation> errors = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        FloorSettings.ProfileChange profile = form.toProfile(errors, rowOf);
        if (errors.isEmpty() && save(binding, rowOf,
                () -> administration.createCounter(centre, form.toChange(), profile))) {
            return saved(centre, redirect);
        }
        FormNumbers.reject(binding, errors);
        form.spare();
        return counterForm(centre, null, form, model);
    }

    @GetMapping("/queue/{centre}/settings/counters/{code}")
    String editCounter(@PathVariable String centre, @PathVariable String code, Model model) {
        allow(centre);
        FloorSettings.Counter counter = counter(centre, code);
        return counterForm(centre, counter, CounterForm.of(counter), model);
    }

    @PostMapping("/queue/{centre}/settings/counters/{code}")
    String updateCounter(@PathVariable String centre, @PathVariable String code,
                         @ModelAttribute("counterForm") CounterForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        allow(centre);
        FloorSettings.Counter counter = counter(centre, code);
        form.setCode(counter.code());
        List<FieldViolation> errors = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        FloorSettings.ProfileChange profile = form.toProfile(errors, rowOf);
        Integer version = FormNumbers.parse(errors, "version", form.getVersion());
        if (errors.isEmpty() && save(binding, rowOf,
                () -> administration.updateCounter(centre, code, version, form.toChange(), profile))) {
            return saved(centre, redirect);
        }
        FormNumbers.reject(binding, errors);
        form.spare();
        return counterForm(centre, counter, form, model);
    }

    // ---- helpers ----

    private String overview(String centre, CentreSettingsForm form, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("floor", administration.settings(centre));
        model.addAttribute("centreForm", form);
        return "queue/settings";
    }

    private String lineForm(String centre, FloorSettings.Line line, LineForm form, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("line", line);
        model.addAttribute("lineForm", form);
        return "queue/settings-line";
    }

    private String counterForm(String centre, FloorSettings.Counter counter, CounterForm form, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("counter", counter);
        model.addAttribute("lines", administration.settings(centre).lines());
        model.addAttribute("counterForm", form);
        return "queue/settings-counter";
    }

    private static String saved(String centre, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/queue/" + centre + "/settings";
    }

    private boolean save(BindingResult binding, Runnable action) {
        return save(binding, List.of(), action);
    }

    /**
     * Runs a save; a refusal goes into the form's errors ("steps[k]" of the profile renamed to the form's row).
     *
     * @return true when saved
     */
    private static boolean save(BindingResult binding, List<Integer> rowOf, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            List<FieldViolation> violations = e.violations().isEmpty()
                    ? List.of(new FieldViolation("", e.messageKey(), e.args()))
                    : e.violations().stream().map(v -> new FieldViolation(row(v.field(), rowOf), v.messageKey(), v.args()))
                            .toList();
            for (FieldViolation v : violations) {
                if (v.field().isEmpty()) {
                    binding.reject(v.messageKey(), v.args(), v.messageKey());
                }
            }
            FormNumbers.reject(binding, violations.stream().filter(v -> !v.field().isEmpty()).toList());
            return false;
        }
    }

    /** {@code steps[k].lineId} of the k-th non-empty row → {@code steps[row].lineId}. */
    static String row(String field, List<Integer> rowOf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^steps\\[(\\d+)](.*)$").matcher(field);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            if (k < rowOf.size()) {
                return "steps[" + rowOf.get(k) + "]" + m.group(2);
            }
        }
        return field;
    }

    private FloorSettings.Line line(String centre, long id) {
        return administration.settings(centre).lines().stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private FloorSettings.Counter counter(String centre, String code) {
        return administration.settings(centre).counters().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void allow(String centre) {
        try {
            access.administrator(centre);
        } catch (DomainException e) {
            throw new AccessDeniedException("not an administrator of centre " + centre);
        }
    }
}
