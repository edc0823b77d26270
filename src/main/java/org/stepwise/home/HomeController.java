package org.stepwise.home;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.CaseloadCap;
import org.stepwise.caseload.WaitingLists;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.Services;
import org.stepwise.security.BreakGlass;
import org.stepwise.risk.RiskRoles;
import org.stepwise.risk.RiskSummaries;
import org.stepwise.risk.SuperviseeRisk;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageQueue;

/** The first page after signing in: what needs this person's attention, by role. */
@Controller
class HomeController {

    private final Services services;
    private final StaffDirectory staff;
    private final Caseloads caseloads;
    private final Capacity capacity;
    private final WaitingLists waitingLists;
    private final TriageQueue triageQueue;
    private final BreakGlass breakGlass;
    private final RiskSummaries risk;

    HomeController(Services services, StaffDirectory staff, Caseloads caseloads, Capacity capacity,
                   WaitingLists waitingLists, TriageQueue triageQueue, BreakGlass breakGlass, RiskSummaries risk) {
        this.breakGlass = breakGlass;
        this.risk = risk;
        this.services = services;
        this.staff = staff;
        this.caseloads = caseloads;
        this.capacity = capacity;
        this.waitingLists = waitingLists;
        this.triageQueue = triageQueue;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInStaff me, Model model) {
        ServiceSettings settings = services.settings(me.serviceId());
        Staff self = staff.get(me.serviceId(), me.staffId());
        Integer myOpen = null;
        Integer myCap = null;
        if (me.treats()) {
            myOpen = caseloads.openCaseCount(me.serviceId(), me.staffId());
            myCap = CaseloadCap.forPractitioner(settings, self, me.has(Role.PWP) ? 2 : 3);
        }
        boolean seesQueues = settings.mayAllocate(me.roles()) || me.has(Role.SERVICE_LEAD);
        boolean clinical = RiskRoles.clinical(me.roles());
        Map<StaffId, SuperviseeRisk> superviseeRisk = clinical ? risk.forSupervisees(me.serviceId(), me.staffId())
                : Map.of();
        List<Supervisee> supervisees = staff.supervisees(me.serviceId(), me.staffId()).stream()
                .filter(s -> s.treatsAtStep(2) || s.treatsAtStep(3))
                .map(s -> new Supervisee(s, capacity.of(me.serviceId(), s, s.has(Role.PWP) ? 2 : 3),
                        superviseeRisk.getOrDefault(s.id(), SuperviseeRisk.NONE)))
                .toList();
        model.addAttribute("settings", settings);
        model.addAttribute("me", self);
        model.addAttribute("myOpen", myOpen);
        model.addAttribute("myCap", myCap);
        model.addAttribute("triageSize", seesQueues ? triageQueue.size(me.serviceId()) : null);
        model.addAttribute("waitingTwo", seesQueues ? waitingLists.count(me.serviceId(), 2) : null);
        model.addAttribute("waitingThree", seesQueues ? waitingLists.count(me.serviceId(), 3) : null);
        model.addAttribute("supervisees", supervisees);
        model.addAttribute("breakGlassToReview", me.has(Role.SERVICE_LEAD) ? breakGlass.awaitingReview(me.serviceId()) : 0);
        model.addAttribute("myTasks", clinical ? risk.tasksOf(me.serviceId(), me.staffId()) : null);
        model.addAttribute("duty", clinical && RiskRoles.coversDuty(me.roles()) ? risk.duty(me.serviceId()) : null);
        return "home/home";
    }
}
