package org.stepwise.patient;

import java.time.Clock;
import java.time.LocalDate;
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
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.PatientId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** Registering, finding and correcting patients. Searches are POSTed so identifiers never reach a URL. */
@Controller
class PatientController {

    private final Patients patients;
    private final CaseAccess access;
    private final Clock clock;

    PatientController(Patients patients, CaseAccess access, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/patients/new")
    String registerForm(@AuthenticationPrincipal SignedInStaff me, Model model) {
        return register(me, model, PatientForm.empty(), FormErrors.none(), null);
    }

    @PostMapping("/patients")
    String register(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute PatientForm form, Model model,
                    RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Optional<PatientDetails> details = form.validate(LocalDate.now(clock), errors);
        if (details.isEmpty()) {
            return register(me, model, form, errors, null);
        }
        try {
            PatientId id = patients.register(me.serviceId(), details.get(), me.staffId());
            redirect.addFlashAttribute("notice", "Patient registered");
            return "redirect:/patients/" + id;
        } catch (DuplicatePatientException e) {
            errors.add("nhsNumber", "A patient with this NHS number is already registered: "
                    + e.existing().fullName() + ", born " + org.stepwise.web.Display.date(e.existing().dateOfBirth()));
            return register(me, model, form, errors, e.existing());
        } catch (DomainException e) {
            errors.add("gpPractice", e.getMessage());
            return register(me, model, form, errors, null);
        }
    }

    private String register(SignedInStaff me, Model model, PatientForm form, FormErrors errors, Patient duplicate) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("practices", patients.practices(me.serviceId()));
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("editing", false);
        return "patient/form";
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requirePatient(me, PatientId.parse(id), Need.DEMOGRAPHICS);
        Patient patient = patients.get(me.serviceId(), PatientId.parse(id));
        return edit(me, model, patient, PatientForm.of(patient), FormErrors.none(), null);
    }

    @PostMapping("/patients/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute PatientForm form,
                Model model, RedirectAttributes redirect) {
        PatientId patientId = PatientId.parse(id);
        access.requirePatient(me, patientId, Need.DEMOGRAPHICS);
        Patient current = patients.get(me.serviceId(), patientId);
        FormErrors errors = new FormErrors();
        Optional<PatientDetails> details = form.validate(LocalDate.now(clock), errors);
        if (form.version() == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the patient's details again");
        }
        if (details.isEmpty() || errors.any()) {
            return edit(me, model, current, form, errors, null);
        }
        try {
            patients.correct(me.serviceId(), patientId, details.get(), form.version(), me.staffId());
            redirect.addFlashAttribute("notice", "Patient's details updated");
            return "redirect:/patients/" + id;
        } catch (ConcurrentEditException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            Patient latest = patients.get(me.serviceId(), patientId);
            return edit(me, model, latest, PatientForm.of(latest), errors, null);
        } catch (DuplicatePatientException e) {
            errors.add("nhsNumber", "Another patient already has this NHS number: " + e.existing().fullName());
            return edit(me, model, current, form, errors, e.existing());
        }
    }

    private String edit(SignedInStaff me, Model model, Patient patient, PatientForm form, FormErrors errors,
                        Patient duplicate) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("practices", patients.practices(me.serviceId()));
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("editing", true);
        model.addAttribute("patientId", patient.id().toString());
        return "patient/form";
    }

    @GetMapping("/patients/find")
    String findForm(Model model) {
        return find(model, "", "", "", "", "", FormErrors.none(), null);
    }

    @PostMapping("/patients/find")
    String find(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "") String nhsNumber,
                @RequestParam(defaultValue = "") String familyName, @RequestParam(defaultValue = "") String dobDay,
                @RequestParam(defaultValue = "") String dobMonth, @RequestParam(defaultValue = "") String dobYear,
                Model model) {
        FormErrors errors = new FormErrors();
        if (!nhsNumber.isBlank()) {
            Optional<String> problem = NhsNumber.problemWith(nhsNumber);
            if (problem.isPresent()) {
                errors.add("nhsNumber", problem.get());
                return find(model, nhsNumber, familyName, dobDay, dobMonth, dobYear, errors, null);
            }
            List<Patient> found = patients.findByNhsNumber(me.serviceId(), NhsNumber.parse(nhsNumber)).stream().toList();
            return find(model, nhsNumber, familyName, dobDay, dobMonth, dobYear, errors, visible(me, found));
        }
        if (familyName.isBlank()) {
            errors.add("nhsNumber", "Enter an NHS number, or a last name to search by name");
            return find(model, nhsNumber, familyName, dobDay, dobMonth, dobYear, errors, null);
        }
        LocalDate dob = null;
        if (!(dobDay + dobMonth + dobYear).isBlank()) {
            dob = DateInput.read(dobDay, dobMonth, dobYear, "dobDay", "Date of birth", errors);
            if (dob == null) {
                return find(model, nhsNumber, familyName, dobDay, dobMonth, dobYear, errors, null);
            }
        }
        return find(model, nhsNumber, familyName, dobDay, dobMonth, dobYear, errors,
                visible(me, patients.searchByName(me.serviceId(), familyName, dob)));
    }

    /** Search shows practitioners only the people they have a care relationship with. */
    private List<Patient> visible(SignedInStaff me, List<Patient> found) {
        var allowed = access.visiblePatients(me, found.stream().map(Patient::id).toList());
        return found.stream().filter(p -> allowed.contains(p.id())).toList();
    }

    private String find(Model model, String nhsNumber, String familyName, String dobDay, String dobMonth,
                        String dobYear, FormErrors errors, List<Patient> results) {
        model.addAttribute("nhsNumber", nhsNumber);
        model.addAttribute("familyName", familyName);
        model.addAttribute("dobDay", dobDay);
        model.addAttribute("dobMonth", dobMonth);
        model.addAttribute("dobYear", dobYear);
        model.addAttribute("errors", errors);
        model.addAttribute("results", results);
        return "patient/find";
    }
}
