package org.stepwise.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/**
 * A practitioner's own outcomes, which they, their supervisor and the service lead may see; and a supervisor's
 * view of all their supervisees' outcomes side by side.
 */
@Controller
class PractitionerOutcomesController {

    private final OutcomeReports reports;
    private final OutcomeQueries queries;
    private final DrillDowns drillDowns;
    private final StaffDirectory staff;
    private final Clock clock;

    PractitionerOutcomesController(OutcomeReports reports, OutcomeQueries queries, DrillDowns drillDowns,
                                   StaffDirectory staff, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.drillDowns = drillDowns;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/outcomes")
    String mine(@AuthenticationPrincipal SignedInStaff me) {
        if (!me.treats()) {
            throw new AccessDeniedException("Outcomes by practitioner are for people who treat; the service's are on "
                    + "the service dashboard.");
        }
        return "redirect:/outcomes/practitioners/" + me.staffId();
    }

    @GetMapping("/outcomes/practitioners/{staffId}")
    String practitioner(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String step, Model model) {
        Staff whose = allowed(me, StaffId.parse(staffId));
        FilterForm form = new FilterForm(from, to, step, null);
        FilterForm.Parsed parsed = form.parse(LocalDate.now(clock), List.of());
        model.addAttribute("practitioner", whose);
        model.addAttribute("own", whose.id().equals(me.staffId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("report", reports.build(me.serviceId(), Scope.of(List.of(whose.id())), parsed.filter(),
                base(whose.id()) + "/referrals", Set.of()));
        return "outcomes/practitioner";
    }

    @GetMapping("/outcomes/practitioners/{staffId}/referrals")
    String referrals(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                     @RequestParam(required = false) String figure, @RequestParam(required = false) String dimension,
                     @RequestParam(required = false) String key, @RequestParam(required = false) String after,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String step, Model model) {
        Staff whose = allowed(me, StaffId.parse(staffId));
        DrillDownRequest request = DrillDownRequest.parse(figure, dimension, key, after);
        FilterForm.Parsed parsed = new FilterForm(from, to, step, null).parse(LocalDate.now(clock), List.of());
        return drillDowns.page(me, Scope.of(List.of(whose.id())), parsed, request, base(whose.id()) + "/referrals",
                base(whose.id()), false, model);
    }

    @GetMapping("/supervision/outcomes")
    String supervisees(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String step,
                       Model model) {
        if (!me.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("This page is for supervisors.");
        }
        List<Staff> supervisees = staff.supervisees(me.serviceId(), me.staffId());
        FilterForm form = new FilterForm(from, to, step, null);
        FilterForm.Parsed parsed = form.parse(LocalDate.now(clock), List.of());
        EndedReport report = queries.ended(me.serviceId(), Scope.of(supervisees.stream().map(Staff::id).toList()),
                parsed.filter());
        model.addAttribute("form", form);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("filter", parsed.filter());
        model.addAttribute("supervisees", supervisees);
        model.addAttribute("report", report);
        return "outcomes/supervisees";
    }

    /** Their own, their supervisor's, or the service lead's to see; nobody else's, and never another service's. */
    private Staff allowed(SignedInStaff me, StaffId id) {
        Staff whose = staff.get(me.serviceId(), id);
        boolean own = whose.id().equals(me.staffId());
        boolean supervises = me.staffId().equals(whose.supervisorId());
        if (!own && !supervises && !me.has(Role.SERVICE_LEAD)) {
            throw new AccessDeniedException("You can see your own outcomes, your supervisees' and, as a service lead, "
                    + "everyone's.");
        }
        return whose;
    }

    static String base(StaffId id) {
        return "/outcomes/practitioners/" + id;
    }
}
