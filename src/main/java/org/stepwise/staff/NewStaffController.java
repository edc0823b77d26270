package org.stepwise.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.web.FormErrors;

/**
 * The service lead adds a member of staff with a temporary password, which the person must replace
 * when they first sign in.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class NewStaffController {

    private final StaffDirectory directory;
    private final Accounts accounts;
    private final Clock clock;

    NewStaffController(StaffDirectory directory, Accounts accounts, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/staff/new")
    String show(@AuthenticationPrincipal SignedInStaff me, Model model) {
        return form(me, model, NewStaffForm.empty(), FormErrors.none());
    }

    @PostMapping("/staff/new")
    String add(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute NewStaffForm form, Model model,
               RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Optional<NewStaff> person = form.validate(errors, LocalDate.now(clock));
        if (!errors.has("username") && accounts.usernameTaken(form.username().strip())) {
            errors.add("username", "This user name is already in use. Choose another");
        }
        person.flatMap(p -> accounts.problemWith(me.serviceId(), p.username(), p.password()))
                .ifPresent(problem -> errors.add("password", problem.message()));
        person.filter(p -> p.supervisorId() != null).ifPresent(p -> checkSupervisor(me, p, errors));
        if (errors.any()) {
            return form(me, model, form, errors);
        }
        StaffId id;
        try {
            id = directory.add(me.serviceId(), person.get(), true, me.staffId());
        } catch (DuplicateKeyException e) {
            errors.add("username", "This user name is already in use. Choose another");
            return form(me, model, form, errors);
        }
        redirect.addFlashAttribute("notice", person.get().fullName() + " has been added. Give them their user name "
                + "and temporary password; they must choose their own password when they first sign in");
        return "redirect:/staff/" + id;
    }

    private void checkSupervisor(SignedInStaff me, NewStaff person, FormErrors errors) {
        Optional<Staff> supervisor = directory.find(me.serviceId(), person.supervisorId());
        if (supervisor.isEmpty() || !supervisor.get().enabled()) {
            errors.add("supervisor", "Select a current member of staff as supervisor");
        } else if (person.roles().contains(Role.PWP) && !supervisor.get().supervisorTrained()) {
            errors.add("supervisor", supervisor.get().fullName() + " has no supervisor training recorded, so cannot "
                    + "supervise a PWP's caseload");
        }
    }

    private String form(SignedInStaff me, Model model, NewStaffForm form, FormErrors errors) {
        List<Staff> supervisors = directory.all(me.serviceId()).stream()
                .filter(s -> s.enabled() && (s.has(Role.SUPERVISOR) || s.supervisorTrained())).toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("supervisors", supervisors);
        model.addAttribute("roles", List.of(Role.values()));
        return "staff/new";
    }
}
