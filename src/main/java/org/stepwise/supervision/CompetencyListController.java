package org.stepwise.supervision;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.DomainException;
import org.stepwise.web.FormErrors;

/** The service lead's page for the competencies trainee PWPs are signed off against. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class CompetencyListController {

    private final CompetencyList competencies;

    CompetencyListController(CompetencyList competencies) {
        this.competencies = competencies;
    }

    @GetMapping("/service/competencies")
    String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
        return render(model, me, "", null, FormErrors.none());
    }

    @PostMapping("/service/competencies")
    String add(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "") String title, Model model,
               RedirectAttributes redirect) {
        try {
            competencies.add(me.serviceId(), title, me.staffId());
            redirect.addFlashAttribute("notice", "Competency added: " + title.strip());
            return "redirect:/service/competencies";
        } catch (DomainException e) {
            return render(model, me, title, null, new FormErrors().add("title", e.getMessage()));
        }
    }

    @PostMapping("/service/competencies/{code}")
    String change(@AuthenticationPrincipal SignedInStaff me, @PathVariable String code,
                  @RequestParam(defaultValue = "") String action, @RequestParam(required = false) Integer version,
                  @RequestParam(defaultValue = "") String title, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            if (version == null) {
                throw new DomainException("The form was incomplete: open the list again");
            }
            String notice = switch (action) {
                case "rename" -> {
                    competencies.rename(me.serviceId(), code, version, title, me.staffId());
                    yield "Competency renamed";
                }
                case "retire", "restore" -> {
                    competencies.retire(me.serviceId(), code, version, action.equals("retire"), me.staffId());
                    yield action.equals("retire") ? "Competency retired" : "Competency restored";
                }
                case "up", "down" -> {
                    competencies.move(me.serviceId(), code, version, action.equals("up"), me.staffId());
                    yield "Competency moved";
                }
                default -> throw new DomainException("Choose what to do with the competency");
            };
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/service/competencies";
        } catch (DomainException e) {
            errors.add(action.equals("rename") ? "title-" + code : FormErrors.FORM, e.getMessage());
        }
        return render(model, me, "", action.equals("rename") ? code : null, errors);
    }

    private String render(Model model, SignedInStaff me, String title, String renaming, FormErrors errors) {
        model.addAttribute("lines", competencies.all(me.serviceId()));
        model.addAttribute("title", title);
        model.addAttribute("renaming", renaming);
        model.addAttribute("errors", errors);
        return "supervision/competencies";
    }
}
