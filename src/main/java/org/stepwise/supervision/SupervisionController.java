package org.stepwise.supervision;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** A supervisor's overview of their supervisees, and each supervisee's agenda. */
@Controller
class SupervisionController {

    private final SupervisionAgenda agenda;
    private final StaffDirectory staff;
    private final Capacity capacity;

    SupervisionController(SupervisionAgenda agenda, StaffDirectory staff, Capacity capacity) {
        this.agenda = agenda;
        this.staff = staff;
        this.capacity = capacity;
    }

    @GetMapping("/supervision")
    String overview(@AuthenticationPrincipal SignedInStaff me, Model model) {
        List<SuperviseeLine> lines = staff.supervisees(me.serviceId(), me.staffId()).stream()
                .filter(s -> s.treatsAtStep(2) || s.treatsAtStep(3))
                .map(s -> {
                    List<AgendaItem> items = agenda.forPractitioner(me.serviceId(), s.id());
                    return new SuperviseeLine(s, capacity.of(me.serviceId(), s, s.has(Role.PWP) ? 2 : 3), items.size(),
                            (int) items.stream().filter(i -> i.reasons().contains(AgendaReason.COVERAGE)).count());
                })
                .toList();
        model.addAttribute("lines", lines);
        return "supervision/overview";
    }

    @GetMapping("/supervision/{staffId}")
    String agenda(@AuthenticationPrincipal SignedInStaff me, @PathVariable String staffId, Model model) {
        Staff supervisee = staff.get(me.serviceId(), StaffId.parse(staffId));
        if (!me.staffId().equals(supervisee.supervisorId()) && !me.has(Role.SERVICE_LEAD)) {
            throw new AccessDeniedException("You can see the agenda of the people you supervise.");
        }
        model.addAttribute("supervisee", supervisee);
        model.addAttribute("items", agenda.forPractitioner(me.serviceId(), supervisee.id()));
        return "supervision/agenda";
    }
}
