package org.stepwise.risk;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Adding a task to a case, "My tasks", and completing a task. */
@Controller
class TaskController {

    private final Tasks tasks;
    private final Clinicians clinicians;
    private final CasePage cases;
    private final RiskAccess access;
    private final ReferralService referrals;
    private final RiskClock time;

    TaskController(Tasks tasks, Clinicians clinicians, CasePage cases, RiskAccess access, ReferralService referrals,
                   RiskClock time) {
        this.tasks = tasks;
        this.clinicians = clinicians;
        this.cases = cases;
        this.access = access;
        this.referrals = referrals;
        this.time = time;
    }

    @GetMapping("/tasks")
    String mine(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String after, Model model) {
        access.requireClinician(me);
        UUID cursor = after == null || after.isBlank() ? null : Identifier.parse(after);
        model.addAttribute("slice", tasks.openFor(me.serviceId(), me.staffId(), cursor));
        model.addAttribute("firstPage", cursor == null);
        model.addAttribute("today", time.today(me.serviceId()));
        return "risk/tasks";
    }

    @GetMapping("/referrals/{id}/tasks/new")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        cases.open(me, ReferralId.parse(id), model);
        return form(me, model, TaskForm.forOwner(me.staffId(), time.today(me.serviceId())), FormErrors.none());
    }

    @PostMapping("/referrals/{id}/tasks")
    String create(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute TaskForm form,
                  Model model, RedirectAttributes redirect) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        FormErrors errors = new FormErrors();
        Optional<NewTask> task = form.validate(time.today(me.serviceId()), errors);
        if (task.isEmpty()) {
            return form(me, model, form, errors);
        }
        try {
            tasks.create(me.serviceId(), referral.id(), task.get(), me.staffId());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(me, model, form, errors);
        }
        redirect.addFlashAttribute("notice", "Task added");
        return "redirect:/referrals/" + referral.id() + "#tasks";
    }

    /** The owner completes their task; so may anyone who may act on the case, for example when the owner is away. */
    @PostMapping("/tasks/{id}/complete")
    String complete(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                    @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String note,
                    @RequestParam(defaultValue = "case") String from, RedirectAttributes redirect) {
        access.requireClinician(me);
        Task task = tasks.get(me.serviceId(), Identifier.parse(id));
        if (!me.staffId().equals(task.ownerId())) {
            access.require(me, referrals.get(me.serviceId(), task.referralId()));
        }
        if (version == null) {
            throw new DomainException("The form was incomplete: open the task list again");
        }
        tasks.complete(me.serviceId(), task.id(), version, note, me.staffId());
        redirect.addFlashAttribute("notice", "Task completed: " + task.title());
        return "mine".equals(from) ? "redirect:/tasks" : "redirect:/referrals/" + task.referralId() + "#tasks";
    }

    private String form(SignedInStaff me, Model model, TaskForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("clinicians", clinicians.all(me.serviceId()));
        model.addAttribute("errors", errors);
        return "risk/newTask";
    }
}
