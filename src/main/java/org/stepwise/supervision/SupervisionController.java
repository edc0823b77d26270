package org.stepwise.supervision;

import java.time.Clock;
import java.time.LocalDate;
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
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.risk.RiskSummaries;
import org.stepwise.risk.SuperviseeRisk;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.web.Display;
import org.stepwise.web.FormErrors;

/** A supervisor's overview of their supervisees, and each supervisee's agenda. */
@Controller
class SupervisionController {

    private final SupervisionAgenda agenda;
    private final StaffDirectory staff;
    private final Capacity capacity;
    private final SupervisionSessions sessions;
    private final RiskSummaries riskSummaries;
    private final AgendaSettingsService agendaSettings;
    private final Clock clock;

    SupervisionController(SupervisionAgenda agenda, StaffDirectory staff, Capacity capacity,
                          SupervisionSessions sessions, RiskSummaries riskSummaries,
                          AgendaSettingsService agendaSettings, Clock clock) {
        this.agendaSettings = agendaSettings;
        this.riskSummaries = riskSummaries;
        this.sessions = sessions;
        this.clock = clock;
        this.agenda = agenda;
        this.staff = staff;
        this.capacity = capacity;
    }

    @GetMapping("/supervision")
    String overview(@AuthenticationPrincipal SignedInStaff me, Model model) {
        var risk = riskSummaries.forSupervisees(me.serviceId(), me.staffId());
        List<Staff> supervisees = staff.supervisees(me.serviceId(), me.staffId()).stream()
                .filter(s -> s.treatsAtStep(2) || s.treatsAtStep(3))
                .toList();
        Map<StaffId, List<AgendaItem>> agendas = agenda.forPractitioners(me.serviceId(),
                supervisees.stream().map(Staff::id).toList());
        Map<StaffId, PractitionerCapacity> loads = capacity.ofEach(me.serviceId(), supervisees,
                s -> s.has(Role.PWP) ? 2 : 3);
        List<SuperviseeLine> lines = supervisees.stream()
                .map(s -> {
                    List<AgendaItem> items = agendas.get(s.id());
                    return new SuperviseeLine(s, loads.get(s.id()), items.size(),
                            (int) items.stream().filter(i -> i.reasons().contains(AgendaReason.COVERAGE)).count(),
                            risk.getOrDefault(s.id(), SuperviseeRisk.NONE));
                })
                .toList();
        model.addAttribute("lines", lines);
        return "supervision/overview";
    }

    @GetMapping("/supervision/{staffId}/session")
    String sessionForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId, Model model) {
        Staff supervisee = mySupervisee(me, staffId);
        return session(model, supervisee, owners(me, supervisee),
                agenda.forPractitioner(me.serviceId(), supervisee.id()), Map.of(), FormErrors.none());
    }

    @PostMapping("/supervision/{staffId}/session")
    String sign(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        Staff supervisee = mySupervisee(me, staffId);
        List<AgendaItem> items = agenda.forPractitioner(me.serviceId(), supervisee.id());
        FormErrors errors = new FormErrors();
        LocalDate heldOn = LocalDate.now(clock);
        List<Staff> owners = owners(me, supervisee);
        List<Discussion> discussions = SessionForm.read(items, values, owners, heldOn, errors);
        if (errors.isEmpty()) {
            try {
                sessions.sign(me.serviceId(), me.staffId(), supervisee.id(), heldOn, discussions);
                redirect.addFlashAttribute("notice", "Supervision signed: " + Display.plural(discussions.stream()
                        .filter(Discussion::discussed).count(), "case", "cases") + " discussed");
                return "redirect:/supervision/" + staffId;
            } catch (DomainException e) {
                if (e instanceof AccessDeniedException) {
                    throw e;
                }
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return session(model, supervisee, owners, items, values, errors);
    }

    /** Who an action agreed in supervision can be given to: the supervisee or the supervisor. */
    private List<Staff> owners(SignedInStaff me, Staff supervisee) {
        return List.of(supervisee, staff.get(me.serviceId(), me.staffId()));
    }

    private String session(Model model, Staff supervisee, List<Staff> owners, List<AgendaItem> items,
                           Map<String, String> values, FormErrors errors) {
        model.addAttribute("supervisee", supervisee);
        model.addAttribute("owners", owners);
        model.addAttribute("actionRows", SessionForm.ACTIONS);
        model.addAttribute("suggestedDue", LocalDate.now(clock).plusWeeks(1));
        model.addAttribute("items", items);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "supervision/session";
    }

    private Staff mySupervisee(SignedInStaff me, String staffId) {
        Staff supervisee = staff.get(me.serviceId(), StaffId.parse(staffId));
        if (!me.staffId().equals(supervisee.supervisorId())) {
            throw new AccessDeniedException("You can record supervision for the people you supervise.");
        }
        return supervisee;
    }

    @GetMapping("/supervision/{staffId}")
    String agenda(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId, Model model) {
        Staff supervisee = staff.get(me.serviceId(), StaffId.parse(staffId));
        if (!me.staffId().equals(supervisee.supervisorId()) && !me.has(Role.SERVICE_LEAD)) {
            throw new AccessDeniedException("You can see the agenda of the people you supervise.");
        }
        model.addAttribute("supervisee", supervisee);
        model.addAttribute("items", agenda.forPractitioner(me.serviceId(), supervisee.id()));
        model.addAttribute("mine", me.staffId().equals(supervisee.supervisorId()));
        model.addAttribute("coverageWeeks", agendaSettings.settings(me.serviceId()).coverageWeeks());
        return "supervision/agenda";
    }
}
