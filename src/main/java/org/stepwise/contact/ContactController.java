package org.stepwise.contact;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.web.FormErrors;

/** Booking, moving and cancelling appointments, and recording what happened with a signed note. */
@Controller
class ContactController {

    private final AppointmentService appointments;
    private final ReferralService referrals;
    private final Patients patients;
    private final StaffDirectory staff;
    private final CaseAccess access;
    private final Clock clock;

    ContactController(AppointmentService appointments, ReferralService referrals, Patients patients,
                      StaffDirectory staff, CaseAccess access, Clock clock) {
        this.access = access;
        this.appointments = appointments;
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/appointments/new")
    String bookForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requireReferral(me, ReferralId.parse(id), Need.DEMOGRAPHICS);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        AppointmentPurpose likely = appointments.course(me.serviceId(), referral.id()).seen()
                ? AppointmentPurpose.TREATMENT : AppointmentPurpose.ASSESSMENT;
        return booking(me, model, referral, BookingForm.forPractitioner(referral.practitionerId(), likely),
                FormErrors.none(), null);
    }

    @PostMapping("/referrals/{id}/appointments")
    String book(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute BookingForm form,
                Model model, RedirectAttributes redirect) {
        access.requireReferral(me, ReferralId.parse(id), Need.DEMOGRAPHICS);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        FormErrors errors = new FormErrors();
        Optional<Booking> booking = form.validate(clock.getZone(), errors);
        if (booking.isEmpty()) {
            return booking(me, model, referral, form, errors, null);
        }
        try {
            appointments.book(me.serviceId(), referral.id(), booking.get(), me.staffId());
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return booking(me, model, referral, form, errors, null);
        }
        redirect.addFlashAttribute("notice", "Appointment booked");
        return "redirect:/referrals/" + referral.id() + "#appointments";
    }

    @GetMapping("/appointments/{id}")
    String show(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.DEMOGRAPHICS);
        Appointment appointment = appointments.get(me.serviceId(), AppointmentId.parse(id));
        return page(me, model, appointment, FormErrors.none(), "", "");
    }

    @GetMapping("/appointments/{id}/outcome")
    String outcomeForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        requireClinician(me);
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.CLINICAL);
        Appointment appointment = appointments.get(me.serviceId(), AppointmentId.parse(id));
        return outcome(me, model, appointment, OutcomeForm.empty(appointment), FormErrors.none());
    }

    @PostMapping("/appointments/{id}/outcome")
    String recordOutcome(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                         @ModelAttribute OutcomeForm form, Model model, RedirectAttributes redirect) {
        requireClinician(me);
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.CLINICAL);
        Appointment appointment = appointments.get(me.serviceId(), AppointmentId.parse(id));
        FormErrors errors = new FormErrors();
        Optional<Outcome> outcome = form.validate(appointment, errors);
        if (outcome.isEmpty()) {
            return outcome(me, model, appointment, form, errors);
        }
        try {
            appointments.recordOutcome(me.serviceId(), appointment.id(), form.version(), outcome.get(), me.staffId());
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            Appointment latest = e instanceof ConcurrentEditException
                    ? appointments.get(me.serviceId(), appointment.id()) : appointment;
            return outcome(me, model, latest, form, errors);
        }
        redirect.addFlashAttribute("notice", "Outcome recorded" + (outcome.get().attendance().attended()
                ? " and session note signed" : ""));
        return "redirect:/referrals/" + appointment.referralId() + "#appointments";
    }

    @GetMapping("/appointments/{id}/rebook")
    String rebookForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.DEMOGRAPHICS);
        Appointment a = appointments.get(me.serviceId(), AppointmentId.parse(id));
        Referral referral = referrals.get(me.serviceId(), a.referralId());
        BookingForm form = new BookingForm("", "", "", "", String.valueOf(a.plannedMinutes()), a.purpose().code(),
                a.mechanism().code(), a.practitionerId().toString(), "", "", a.version());
        return booking(me, model, referral, form, FormErrors.none(), a);
    }

    @PostMapping("/appointments/{id}/rebook")
    String rebook(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute BookingForm form,
                  Model model, RedirectAttributes redirect) {
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.DEMOGRAPHICS);
        Appointment a = appointments.get(me.serviceId(), AppointmentId.parse(id));
        Referral referral = referrals.get(me.serviceId(), a.referralId());
        FormErrors errors = new FormErrors();
        Optional<Attendance> by = form.validateCancellation(errors);
        Optional<Booking> booking = form.validate(clock.getZone(), errors);
        if (errors.any() || form.version() == null) {
            return booking(me, model, referral, form, errors, a);
        }
        try {
            appointments.rebook(me.serviceId(), a.id(), form.version(), by.get(), form.reason(), booking.get().startsAt(),
                    me.staffId());
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return booking(me, model, referral, form, errors, a);
        }
        redirect.addFlashAttribute("notice", "Appointment moved; the original is kept as cancelled");
        return "redirect:/referrals/" + referral.id() + "#appointments";
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                  @RequestParam(defaultValue = "") String cancelledBy, @RequestParam(defaultValue = "") String reason,
                  @RequestParam int version, Model model, RedirectAttributes redirect) {
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.DEMOGRAPHICS);
        Appointment a = appointments.get(me.serviceId(), AppointmentId.parse(id));
        FormErrors errors = new FormErrors();
        Optional<Attendance> by = Attendance.ofCode(cancelledBy).filter(Attendance::cancellation);
        if (by.isEmpty()) {
            errors.add("cancelledBy", "Say whether the patient or the service cancelled");
        }
        if (reason.isBlank()) {
            errors.add("reason", "Give the reason for cancelling");
        }
        if (errors.isEmpty()) {
            try {
                appointments.cancel(me.serviceId(), a.id(), version, by.get(), reason, me.staffId());
                redirect.addFlashAttribute("notice", "Appointment cancelled");
                return "redirect:/referrals/" + a.referralId() + "#appointments";
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return page(me, model, appointments.get(me.serviceId(), a.id()), errors, cancelledBy, reason);
    }

    @PostMapping("/appointments/{id}/addenda")
    String addAddendum(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                       @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String reason,
                       Model model, RedirectAttributes redirect) {
        requireClinician(me);
        access.requireAppointment(me, AppointmentId.parse(id).value(), Need.CLINICAL);
        Appointment a = appointments.get(me.serviceId(), AppointmentId.parse(id));
        FormErrors errors = new FormErrors();
        if (body.isBlank()) {
            errors.add("body", "Write the addendum");
        }
        if (reason.isBlank()) {
            errors.add("addendumReason", "Say why the note needs adding to");
        }
        if (errors.isEmpty()) {
            try {
                appointments.addAddendum(me.serviceId(), a.id(), body, reason, me.staffId());
                redirect.addFlashAttribute("notice", "Addendum added to the signed note");
                return "redirect:/appointments/" + a.id();
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        model.addAttribute("addendumBody", body);
        model.addAttribute("addendumReason", reason);
        return page(me, model, a, errors, "", "");
    }

    private String page(SignedInStaff me, Model model, Appointment a, FormErrors errors, String cancelledBy,
                        String reason) {
        Referral referral = referrals.get(me.serviceId(), a.referralId());
        boolean clinician = isClinician(me) && access.allows(me, a.referralId(), Need.CLINICAL);
        model.addAttribute("appointment", a);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("practitioner", staff.get(me.serviceId(), a.practitionerId()).fullName());
        model.addAttribute("note", clinician ? appointments.note(me.serviceId(), a.id()).orElse(null) : null);
        model.addAttribute("clinician", clinician);
        model.addAttribute("errors", errors);
        model.addAttribute("cancelledBy", cancelledBy);
        model.addAttribute("reason", reason);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        if (!model.containsAttribute("addendumBody")) {
            model.addAttribute("addendumBody", "");
            model.addAttribute("addendumReason", "");
        }
        return "contact/appointment";
    }

    private String booking(SignedInStaff me, Model model, Referral referral, BookingForm form, FormErrors errors,
                           Appointment rebooking) {
        List<Staff> practitioners = staff.all(me.serviceId()).stream()
                .filter(s -> s.enabled() && (s.treatsAtStep(2) || s.treatsAtStep(3))).toList();
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("practitioners", practitioners);
        model.addAttribute("rebooking", rebooking);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "contact/book";
    }

    private String outcome(SignedInStaff me, Model model, Appointment a, OutcomeForm form, FormErrors errors) {
        Referral referral = referrals.get(me.serviceId(), a.referralId());
        model.addAttribute("appointment", a);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "contact/outcome";
    }

    /** Administrative staff handle bookings; notes and clinical outcomes are for clinicians. */
    static boolean isClinician(SignedInStaff me) {
        return me.roles().stream().anyMatch(r -> r != Role.ADMINISTRATOR);
    }

    private static void requireClinician(SignedInStaff me) {
        if (!isClinician(me)) {
            throw new AccessDeniedException("Session notes and clinical outcomes are recorded by clinicians.");
        }
    }
}
