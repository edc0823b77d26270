package org.stepwise.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.stepwise.caseload.Capacity;
import org.stepwise.organisation.Services;
import org.stepwise.organisation.TriageMode;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** The triage queue and the triage decision for one referral. */
@Controller
class TriageController {

    private final TriageQueue queue;
    private final TriageService triage;
    private final Capacity capacity;
    private final Patients patients;
    private final Services services;
    private final CaseAccess access;
    private final Clock clock;

    TriageController(TriageQueue queue, TriageService triage, Capacity capacity, Patients patients, Services services,
                     CaseAccess access, Clock clock) {
        this.access = access;
        this.services = services;
        this.queue = queue;
        this.triage = triage;
        this.capacity = capacity;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/triage")
    String queue(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String after, Model model) {
        if (!me.has(org.stepwise.shared.Role.SERVICE_LEAD)) {
            requireAllocator(me);
        }
        UUID cursor = after == null || after.isBlank() ? null : Identifier.parse(after);
        model.addAttribute("slice", queue.page(me.serviceId(), cursor, LocalDate.now(clock)));
        model.addAttribute("total", queue.size(me.serviceId()));
        model.addAttribute("firstPage", cursor == null);
        model.addAttribute("mayDecide", triage.mayAllocate(me.serviceId(), me.roles()));
        return "triage/queue";
    }

    @GetMapping("/triage/{id}")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        requireAllocator(me);
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = triage.referral(me.serviceId(), ReferralId.parse(id));
        return form(me, model, referral, TriageForm.empty(referral.version()), FormErrors.none(), false);
    }

    @PostMapping("/triage/{id}")
    String decide(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute TriageForm form,
                  Model model, RedirectAttributes redirect) {
        requireAllocator(me);
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = triage.referral(me.serviceId(), ReferralId.parse(id));
        FormErrors errors = new FormErrors();
        TriageMode mode = services.settings(me.serviceId()).triageMode();
        Optional<TriageDecision> decision = form.validate(referral.status() == ReferralStatus.WAITING, mode,
                referral.details().receivedDate(), LocalDate.now(clock), errors);
        if (decision.isEmpty()) {
            return form(me, model, referral, form, errors, false);
        }
        try {
            triage.decide(me.serviceId(), referral.id(), form.version(), decision.get(), me.staffId(), me.roles());
        } catch (EndingCodeDoesNotFitException e) {
            errors.add("endCode", e.getMessage());
            return form(me, model, referral, form, errors, false);
        } catch (CaseloadCapExceededException e) {
            errors.add("overrideReason", e.getMessage());
            return form(me, model, referral, form, errors, true);
        } catch (ConcurrentEditException e) {
            errors.add(FormErrors.FORM, "Someone else triaged or changed this referral while you were deciding. "
                    + "Nothing you entered has been saved. Check its current state below.");
            Referral latest = triage.referral(me.serviceId(), referral.id());
            return form(me, model, latest, TriageForm.empty(latest.version()), errors, false);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(me, model, referral, form, errors, false);
        }
        redirect.addFlashAttribute("notice", switch (decision.get().outcome()) {
            case ALLOCATE -> "Referral allocated";
            case WAITING_LIST -> "Referral placed on the step " + decision.get().step() + " waiting list";
            case CLOSE -> "Referral closed";
        });
        return "redirect:/referrals/" + id;
    }

    private String form(SignedInStaff me, Model model, Referral referral, TriageForm form, FormErrors errors,
                        boolean capExceeded) {
        boolean triageable = referral.status() == ReferralStatus.AWAITING_TRIAGE
                || referral.status() == ReferralStatus.WAITING;
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("triageable", triageable);
        model.addAttribute("stepTwo", capacity.atStep(me.serviceId(), 2));
        model.addAttribute("stepThree", capacity.atStep(me.serviceId(), 3));
        model.addAttribute("capExceeded", capExceeded);
        model.addAttribute("today", LocalDate.now(clock));
        boolean byAppointment = services.settings(me.serviceId()).triageMode() == TriageMode.TRIAGE_APPOINTMENT;
        model.addAttribute("byAppointment", byAppointment);
        // A decision made at a triage appointment sees the person; a waiting referral was triaged earlier.
        model.addAttribute("closingCodes", triageable ? triage.closingCodes(me.serviceId(), referral.id(),
                byAppointment && referral.status() == ReferralStatus.AWAITING_TRIAGE) : List.of());
        return "triage/decide";
    }

    private void requireAllocator(SignedInStaff me) {
        if (!triage.mayAllocate(me.serviceId(), me.roles())) {
            throw new AccessDeniedException("In this service, triage and allocation are done by other roles. "
                    + "Ask your service lead if you need to allocate.");
        }
    }
}
