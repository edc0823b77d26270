package org.stepwise.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.contact.Appointment;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentService;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.web.FormErrors;

/** Entering questionnaires item by item, at a session or on their own. */
@Controller
class MeasureController {

    private final MeasureService measures;
    private final MeasureSettings settings;
    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final Patients patients;
    private final CaseAccess access;
    private final Clock clock;

    MeasureController(MeasureService measures, MeasureSettings settings, ReferralService referrals,
                      AppointmentService appointments, Patients patients, CaseAccess access, Clock clock) {
        this.access = access;
        this.measures = measures;
        this.settings = settings;
        this.referrals = referrals;
        this.appointments = appointments;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/measures/new")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                @RequestParam(required = false) String instrument, @RequestParam(required = false) String appointment,
                Model model) {
        requireClinician(me);
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        if (instrument == null) {
            model.addAttribute("referral", referral);
            model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
            model.addAttribute("recommended", Recommended.forDescriptor(referral.details().problemDescriptor()));
            model.addAttribute("others", Arrays.stream(InstrumentCode.values())
                    .filter(c -> !Recommended.forDescriptor(referral.details().problemDescriptor()).contains(c)).toList());
            model.addAttribute("appointment", appointment == null ? "" : appointment);
            model.addAttribute("today", LocalDate.now(clock));
            return "measures/choose";
        }
        InstrumentCode code = code(instrument);
        Appointment at = appointment == null || appointment.isBlank() ? null
                : appointments.get(me.serviceId(), AppointmentId.parse(appointment));
        LocalDate day = at == null ? LocalDate.now(clock) : LocalDate.ofInstant(at.startsAt(), clock.getZone());
        return render(me, model, referral, code, at, MeasureForm.startingOn(day), FormErrors.none(), false);
    }

    @PostMapping("/referrals/{id}/measures")
    String record(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                  @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        requireClinician(me);
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        InstrumentCode code = code(values.getOrDefault("instrument", ""));
        String appointmentText = values.getOrDefault("appointment", "");
        Appointment at = appointmentText.isBlank() ? null
                : appointments.get(me.serviceId(), AppointmentId.parse(appointmentText));
        MeasureForm form = new MeasureForm(values);
        InstrumentDefinition definition = measures.definition(me.serviceId(), code);
        FormErrors errors = new FormErrors();
        Map<Integer, Integer> answers = form.answers(definition, errors);
        LocalDate completed = form.completedOn(errors);
        if (errors.any()) {
            return render(me, model, referral, code, at, form, errors, false);
        }
        ScoringResult result;
        try {
            result = measures.record(me.serviceId(), referral.id(), at == null ? null : at.id(), code, answers,
                    completed, me.staffId());
        } catch (DomainException e) {
            errors.add("completedDay", e.getMessage());
            return render(me, model, referral, code, at, form, errors, false);
        }
        if (result instanceof ScoringResult.Refused refused) {
            for (AnswerProblem problem : refused.problems()) {
                errors.add(problem.item().map(n -> "item" + n).orElse(FormErrors.FORM), problem.message());
            }
            return render(me, model, referral, code, at, form, errors, refused.riskFlagRaised());
        }
        Score score = ((ScoringResult.Scored) result).score();
        redirect.addFlashAttribute("notice", code.label() + " saved: " + score.total().stripTrailingZeros().toPlainString()
                + (score.substituted() ? " (prorated for " + score.missingItems().size() + " unanswered)" : "")
                + (score.riskFlagRaised() ? ". A RISK FLAG has been raised: question 9 was answered above 0" : ""));
        return "redirect:/referrals/" + id + "#scores";
    }

    private String render(SignedInStaff me, Model model, Referral referral, InstrumentCode code, Appointment at,
                          MeasureForm form, FormErrors errors, boolean riskRaised) {
        InstrumentDefinition definition = measures.definition(me.serviceId(), code);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("definition", definition);
        model.addAttribute("wording", settings.setting(me.serviceId(), code).wording());
        model.addAttribute("appointment", at);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("riskRaised", riskRaised);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "measures/form";
    }

    private static InstrumentCode code(String text) {
        return InstrumentCode.ofName(text).orElseThrow(() -> new org.stepwise.shared.NotFoundException(
                "No such questionnaire"));
    }

    static void requireClinician(SignedInStaff me) {
        if (me.roles().stream().allMatch(r -> r == Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Questionnaire scores are clinical information.");
        }
    }

}
