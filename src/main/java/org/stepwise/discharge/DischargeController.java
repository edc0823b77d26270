package org.stepwise.discharge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.patient.Patients;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.risk.OnwardEnding;
import org.stepwise.risk.OnwardReferrals;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Ending a referral: discharge from treatment, or closing before it began. */
@Controller
class DischargeController {

    private final DischargeService discharge;
    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final Patients patients;
    private final OutcomeRecorder outcomes;
    private final OnwardReferrals onward;
    private final CaseAccess access;
    private final Clock clock;

    DischargeController(DischargeService discharge, ReferralService referrals, AppointmentService appointments,
                        Patients patients, OutcomeRecorder outcomes, OnwardReferrals onward, CaseAccess access,
                        Clock clock) {
        this.access = access;
        this.outcomes = outcomes;
        this.onward = onward;
        this.discharge = discharge;
        this.referrals = referrals;
        this.appointments = appointments;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/discharge")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        Referral referral = allowed(me, ReferralId.parse(id));
        // A person accepted by a service they were referred on to: offer the ending code that says so.
        Optional<EndingCode> suggested = onward.anyAccepted(me.serviceId(), referral.id())
                ? OnwardEnding.suggest(EndingCodes.fitting(appointments.course(me.serviceId(), referral.id())))
                : Optional.empty();
        model.addAttribute("onwardSuggestion", suggested.orElse(null));
        return form(me, model, referral, suggested.map(EndingCode::code).orElse(""), "", FormErrors.none());
    }

    @PostMapping("/referrals/{id}/discharge")
    String end(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
               @RequestParam(defaultValue = "") String endCode, @RequestParam(defaultValue = "") String reason,
               @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        Referral referral = allowed(me, ReferralId.parse(id));
        TreatmentCourse course = appointments.course(me.serviceId(), referral.id());
        FormErrors errors = new FormErrors();
        Optional<EndingCode> code = EndingCode.ofCode(endCode).filter(c -> EndingCodes.fits(c, course));
        if (code.isEmpty()) {
            errors.add("endCode", "Select the ending reason");
        }
        if (reason.isBlank()) {
            errors.add("reason", "Summarise why the referral is ending and what happens next");
        }
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the referral again");
        }
        if (errors.any()) {
            return form(me, model, referral, endCode, reason, errors);
        }
        try {
            discharge.end(me.serviceId(), referral.id(), version, code.get(), reason.strip(), me.staffId(), me.roles());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(me, model, referrals.get(me.serviceId(), referral.id()), endCode, reason, errors);
        }
        redirect.addFlashAttribute("notice", "Referral ended with code " + code.get().code() + " (" + code.get().label()
                + ")");
        return "redirect:/referrals/" + id;
    }

    private String form(SignedInStaff me, Model model, Referral referral, String endCode, String reason,
                        FormErrors errors) {
        TreatmentCourse course = appointments.course(me.serviceId(), referral.id());
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("course", course);
        model.addAttribute("history", DischargeService.describe(course));
        model.addAttribute("preview", outcomes.compute(me.serviceId(), referral, course));
        model.addAttribute("codes", EndingCodes.fitting(course));
        model.addAttribute("endCode", endCode);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "discharge/end";
    }

    private Referral allowed(SignedInStaff me, ReferralId id) {
        access.requireReferral(me, id, Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), id);
        if (!discharge.mayEnd(me.serviceId(), referral, me.staffId(), me.roles())) {
            throw new AccessDeniedException(referral.status().isOpen()
                    ? "Only the person's practitioner, their supervisor or the service lead can discharge them."
                    : "This referral has already ended.");
        }
        return referral;
    }
}
