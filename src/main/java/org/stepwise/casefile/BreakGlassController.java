package org.stepwise.casefile;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.BreakGlass;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.PatientId;
import org.stepwise.web.Display;

/** Opening a record in an emergency, and the service lead's review of every such opening. */
@Controller
class BreakGlassController {

    private final BreakGlass breakGlass;

    BreakGlassController(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @PostMapping("/break-glass")
    String open(@AuthenticationPrincipal SignedInStaff me, @RequestParam String patient,
                @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "/") String returnTo,
                Model model, RedirectAttributes redirect) {
        PatientId id = new PatientId(Identifier.parse(patient));
        String back = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/patients/" + id;
        try {
            Instant until = breakGlass.open(me, id, reason);
            redirect.addFlashAttribute("notice", "Emergency access granted until " + Display.dateTime(until)
                    + ". The service lead has been alerted.");
            return "redirect:" + back;
        } catch (DomainException e) {
            model.addAttribute("detail", "Emergency access needs a reason.");
            model.addAttribute("patientId", id.toString());
            model.addAttribute("returnTo", back);
            model.addAttribute("reason", reason);
            model.addAttribute("error", e.getMessage());
            return "breakglass";
        }
    }

    @GetMapping("/service/break-glass")
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    String report(@AuthenticationPrincipal SignedInStaff me, Model model) {
        model.addAttribute("accesses", breakGlass.report(me.serviceId()));
        return "casefile/breakglassReport";
    }

    @PostMapping("/service/break-glass/{id}/review")
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    String review(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                  @RequestParam(defaultValue = "") String note, @RequestParam int version,
                  RedirectAttributes redirect) {
        UUID access = Identifier.parse(id);
        try {
            breakGlass.signOff(me.serviceId(), access, version, note, me.staffId());
            redirect.addFlashAttribute("notice", "Review recorded");
        } catch (DomainException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/service/break-glass";
    }
}
