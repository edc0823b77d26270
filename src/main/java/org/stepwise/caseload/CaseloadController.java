package org.stepwise.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.measures.NotOnTrack;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.Services;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** Practitioners' caseloads and the waiting lists for each step. */
@Controller
class CaseloadController {

    private final Caseloads caseloads;
    private final WaitingLists waitingLists;
    private final StaffDirectory staff;
    private final Services services;
    private final NotOnTrack notOnTrack;
    private final Clock clock;

    CaseloadController(Caseloads caseloads, WaitingLists waitingLists, StaffDirectory staff, Services services,
                       NotOnTrack notOnTrack, Clock clock) {
        this.notOnTrack = notOnTrack;
        this.caseloads = caseloads;
        this.waitingLists = waitingLists;
        this.staff = staff;
        this.services = services;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String mine(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer step,
                @RequestParam(required = false) String status, @RequestParam(required = false) String name,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) String after, Model model) {
        return show(me, me.staffId(), step, status, name, sort, dir, after, model);
    }

    @GetMapping("/caseload/{staffId}")
    String theirs(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId,
                  @RequestParam(required = false) Integer step, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String dir, @RequestParam(required = false) String after,
                  Model model) {
        return show(me, StaffId.parse(staffId), step, status, name, sort, dir, after, model);
    }

    private String show(SignedInStaff me, StaffId whose, Integer step, String status, String name, String sort,
                        String dir, String after, Model model) {
        Staff practitioner = staff.get(me.serviceId(), whose);
        boolean own = practitioner.id().equals(me.staffId());
        boolean supervises = me.staffId().equals(practitioner.supervisorId());
        if (!own && !supervises && !me.has(Role.SERVICE_LEAD)) {
            throw new AccessDeniedException("You can see your own caseload, your supervisees' and, as a service lead, "
                    + "everyone's.");
        }
        CaseloadFilter filter = new CaseloadFilter(step, status, name, CaseloadSort.parse(sort), "desc".equals(dir),
                after == null || after.isBlank() ? null : Identifier.parse(after));
        ServiceSettings settings = services.settings(me.serviceId());
        int treatingStep = practitioner.has(Role.PWP) ? 2 : 3;
        model.addAttribute("practitioner", practitioner);
        model.addAttribute("own", own);
        model.addAttribute("filter", filter);
        model.addAttribute("slice", caseloads.openCases(me.serviceId(), whose, filter, LocalDate.now(clock)));
        model.addAttribute("openCases", caseloads.openCaseCount(me.serviceId(), whose));
        model.addAttribute("cap", CaseloadCap.forPractitioner(settings, practitioner, treatingStep));
        model.addAttribute("baseUrl", own ? "/caseload" : "/caseload/" + whose);
        model.addAttribute("dnaPromptAfter", settings.dnaPromptAfter());
        model.addAttribute("notOnTrack", notOnTrack.forPractitioner(me.serviceId(), whose));
        return "caseload/caseload";
    }

    @GetMapping("/waiting-lists")
    String waitingLists() {
        return "redirect:/waiting-lists/2";
    }

    @GetMapping("/waiting-lists/{step}")
    String waitingList(@AuthenticationPrincipal SignedInStaff me, @PathVariable int step,
                       @RequestParam(required = false) String after, Model model) {
        if (step != 2 && step != 3) {
            throw new org.stepwise.shared.NotFoundException("No such waiting list");
        }
        ServiceSettings settings = services.settings(me.serviceId());
        UUID cursor = after == null || after.isBlank() ? null : Identifier.parse(after);
        model.addAttribute("step", step);
        model.addAttribute("policy", settings.waitingListPolicy());
        model.addAttribute("slice", waitingLists.forStep(me.serviceId(), step, settings.waitingListPolicy(), cursor,
                LocalDate.now(clock)));
        model.addAttribute("stepTwoCount", waitingLists.count(me.serviceId(), 2));
        model.addAttribute("stepThreeCount", waitingLists.count(me.serviceId(), 3));
        model.addAttribute("firstPage", cursor == null);
        model.addAttribute("mayAllocate", settings.mayAllocate(me.roles()));
        return "caseload/waiting";
    }
}
