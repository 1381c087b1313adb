package org.onedoor.calendar.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.onedoor.calendar.internal.CalendarAdministration;
import org.onedoor.calendar.internal.CalendarRepository;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of the working calendar: a year's holidays and make-up days, working hours and cut-off. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    private final CalendarRepository repository;
    private final CalendarAdministration administration;

    CalendarAdminController(CalendarRepository repository, CalendarAdministration administration) {
        this.repository = repository;
        this.administration = administration;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate edit, Model model) {
        int y = year != null ? year : Year.now(VietnamTime.ZONE).getValue();
        DayForm dayForm = edit == null ? new DayForm() : repository.find(edit).map(DayForm::of).orElseGet(DayForm::new);
        return render(y, dayForm, HoursForm.of(repository.hours()), model);
    }

    @PostMapping("/days")
    String saveDay(@RequestParam int year, @ModelAttribute("dayForm") DayForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        List<FieldViolation> errors = form.validate();
        if (errors.isEmpty()) {
            try {
                administration.saveDay(form.original(), form.toDay());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/calendar?year=" + form.toDay().date().getYear();
            } catch (DomainException e) {
                errors = e.violations().isEmpty() ? List.of(new FieldViolation("date", e.messageKey(), e.args())) : e.violations();
            }
        }
        errors.forEach(v -> binding.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
        return render(year, form, HoursForm.of(repository.hours()), model);
    }

    @PostMapping("/days/{date}/delete")
    String deleteDay(@PathVariable LocalDate date, RedirectAttributes redirect) {
        try {
            administration.deleteDay(date);
            redirect.addFlashAttribute("deleted", true);
        } catch (DomainException alreadyGone) {
            // deleting twice (double click, back button) leaves the calendar as the user wanted it
        }
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    @PostMapping("/hours")
    String saveHours(@RequestParam int year, @ModelAttribute("hoursForm") HoursForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        List<FieldViolation> errors = form.validate();
        if (errors.isEmpty()) {
            administration.saveHours(form.toHours());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/calendar?year=" + year;
        }
        errors.forEach(v -> binding.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
        return render(year, new DayForm(), form, model);
    }

    private String render(int year, DayForm dayForm, HoursForm hoursForm, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", repository.daysOf(year));
        model.addAttribute("note", repository.yearNote(year).orElse(null));
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", dayForm);
        }
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", hoursForm);
        }
        return "calendar/admin";
    }
}
