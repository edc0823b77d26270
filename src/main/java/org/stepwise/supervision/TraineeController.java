package org.stepwise.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** A trainee's progress: competencies and reviews, signed off by their supervisor. */
@Controller
class TraineeController {

    private final TraineeProgress progress;
    private final StaffDirectory staff;
    private final Clock clock;

    TraineeController(TraineeProgress progress, StaffDirectory staff, Clock clock) {
        this.progress = progress;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/supervision/trainees/{staffId}")
    String show(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId, Model model) {
        Staff trainee = visible(me, staffId);
        model.addAttribute("trainee", trainee);
        model.addAttribute("competencies", progress.competencies(me.serviceId(), trainee.id()));
        model.addAttribute("reviews", progress.reviews(me.serviceId(), trainee.id()));
        model.addAttribute("mine", me.staffId().equals(trainee.supervisorId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/trainee";
    }

    @PostMapping("/supervision/trainees/{staffId}/competencies")
    String signOff(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                   @RequestParam(defaultValue = "") String competency, @RequestParam(defaultValue = "") String evidence,
                   RedirectAttributes redirect) {
        Staff trainee = visible(me, staffId);
        try {
            progress.signOff(me.serviceId(), me.staffId(), trainee.id(), competency, LocalDate.now(clock), evidence);
            redirect.addFlashAttribute("notice", "Competency signed off");
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("notice", "Not signed off: " + e.getMessage());
        }
        return "redirect:/supervision/trainees/" + staffId;
    }

    @PostMapping("/supervision/trainees/{staffId}/reviews")
    String review(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                  @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String summary,
                  RedirectAttributes redirect) {
        Staff trainee = visible(me, staffId);
        try {
            progress.review(me.serviceId(), me.staffId(), trainee.id(), kind, LocalDate.now(clock), summary);
            redirect.addFlashAttribute("notice", "Review recorded");
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("notice", "Not recorded: " + e.getMessage());
        }
        return "redirect:/supervision/trainees/" + staffId;
    }

    /** The trainee themselves, their supervisor and the service lead see the progress page. */
    private Staff visible(SignedInStaff me, String staffId) {
        Staff trainee = staff.get(me.serviceId(), StaffId.parse(staffId));
        if (!trainee.id().equals(me.staffId()) && !me.staffId().equals(trainee.supervisorId())
                && !me.has(Role.SERVICE_LEAD)) {
            throw new AccessDeniedException("A trainee's progress is seen by the trainee, their supervisor and the "
                    + "service lead.");
        }
        return trainee;
    }
}
