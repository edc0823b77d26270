package org.stepwise.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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
import org.stepwise.web.FormErrors;

/**
 * The record of a supervisee's signed supervision sessions. The supervisee, their supervisor and the service lead
 * read it; only the supervisor who signed a session adds to it.
 */
@Controller
class SupervisionRecordController {

    private final SupervisionRecords records;
    private final StaffDirectory staff;
    private final Clock clock;

    SupervisionRecordController(SupervisionRecords records, StaffDirectory staff, Clock clock) {
        this.clock = clock;
        this.records = records;
        this.staff = staff;
    }

    @GetMapping("/supervision/{staffId}/sessions")
    String sessions(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                    @RequestParam(required = false) String after, Model model) {
        Staff supervisee = readable(me, staffId);
        return render(model, me, supervisee, after, null, null, null, FormErrors.none());
    }

    @PostMapping("/supervision/{staffId}/sessions/addenda")
    String addendum(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                    @RequestParam(defaultValue = "") String session, @RequestParam(defaultValue = "") String body,
                    @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        Staff supervisee = readable(me, staffId);
        if (!me.staffId().equals(supervisee.supervisorId())) {
            throw new AccessDeniedException("Only " + supervisee.fullName() + "'s supervisor can add to their sessions.");
        }
        FormErrors errors = new FormErrors();
        UUID sessionId = null;
        try {
            sessionId = UUID.fromString(session);
        } catch (IllegalArgumentException e) {
            errors.add(FormErrors.FORM, "Choose the session to add to");
        }
        if (body.isBlank()) {
            errors.add("body", "Write the addendum");
        }
        if (reason.isBlank()) {
            errors.add("reason", "Say why you are adding to a signed session");
        }
        if (!errors.any()) {
            try {
                records.addAddendum(me.serviceId(), supervisee.id(), sessionId, body, reason, me.staffId());
                redirect.addFlashAttribute("notice", "Addendum added to the session");
                return "redirect:/supervision/" + staffId + "/sessions#session-" + sessionId;
            } catch (DomainException e) {
                if (e instanceof AccessDeniedException) {
                    throw e;
                }
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return render(model, me, supervisee, null, sessionId, body, reason, errors);
    }

    private String render(Model model, SignedInStaff me, Staff supervisee, String after, UUID addingTo, String body,
                          String reason, FormErrors errors) {
        model.addAttribute("supervisee", supervisee);
        model.addAttribute("sessions", records.forSupervisee(me.serviceId(), supervisee.id(), cursor(after)));
        model.addAttribute("firstPage", after == null);
        model.addAttribute("canAdd", me.staffId().equals(supervisee.supervisorId()));
        model.addAttribute("addingTo", addingTo);
        model.addAttribute("body", body == null ? "" : body);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("me", me.staffId());
        return "supervision/sessions";
    }

    private Staff readable(SignedInStaff me, String staffId) {
        Staff supervisee = staff.get(me.serviceId(), StaffId.parse(staffId));
        boolean allowed = me.staffId().equals(supervisee.id()) || me.staffId().equals(supervisee.supervisorId())
                || me.has(Role.SERVICE_LEAD);
        if (!allowed) {
            throw new AccessDeniedException("You can read your own supervision record and those of people you supervise.");
        }
        return supervisee;
    }

    private static UUID cursor(String after) {
        try {
            return after == null ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
