package org.stepwise.risk;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.Referral;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Recording a structured risk assessment at any contact, and correcting one with a new version. */
@Controller
class AssessmentController {

    private final RiskAssessments assessments;
    private final CasePage cases;
    private final RiskClock time;

    AssessmentController(RiskAssessments assessments, CasePage cases, RiskClock time) {
        this.assessments = assessments;
        this.cases = cases;
        this.time = time;
    }

    @GetMapping("/referrals/{id}/risk-assessments/new")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                @RequestParam(required = false) String corrects, Model model) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        AssessmentForm form = corrects == null || corrects.isBlank()
                ? AssessmentForm.startingOn(time.today(me.serviceId()))
                : AssessmentForm.correcting(original(me, referral, Identifier.parse(corrects)));
        return render(model, form, FormErrors.none());
    }

    @PostMapping("/referrals/{id}/risk-assessments")
    String record(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                  @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        AssessmentForm form = new AssessmentForm(values);
        FormErrors errors = new FormErrors();
        Optional<NewAssessment> assessment = form.validate(errors);
        assessment.ifPresent(a -> ClinicalDates.check(a.assessedOn(), "date of the assessment", referral,
                time.today(me.serviceId()), "assessedDay", errors));
        if (errors.any()) {
            return render(model, form, errors);
        }
        try {
            if (form.correction()) {
                UUID original = original(me, referral, Identifier.parse(form.value("corrects"))).id();
                assessments.correct(me.serviceId(), original, assessment.get(), form.value("reason"), me.staffId());
            } else {
                assessments.record(me.serviceId(), referral.id(), assessment.get(), me.staffId());
            }
        } catch (AccessDeniedException | NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return render(model, form, errors);
        }
        redirect.addFlashAttribute("notice", form.correction() ? "Risk assessment corrected" : "Risk assessment recorded");
        return "redirect:/referrals/" + referral.id() + "#risk-assessment";
    }

    private Assessment original(SignedInStaff me, Referral referral, UUID id) {
        return assessments.forReferral(me.serviceId(), referral.id()).stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow(() -> new NotFoundException("No such risk assessment on this referral"));
    }

    private static String render(Model model, AssessmentForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "risk/assessment";
    }
}
