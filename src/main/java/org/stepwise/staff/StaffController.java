package org.stepwise.staff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

/** The service's staff list: roles, supervision and supervisor training at a glance. */
@Controller
@PreAuthorize("hasAnyRole('SERVICE_LEAD', 'ADMINISTRATOR')")
class StaffController {

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/staff")
    String list(@AuthenticationPrincipal SignedInStaff me, Model model) {
        List<Staff> all = directory.all(me.serviceId());
        Map<StaffId, String> names = all.stream().collect(Collectors.toMap(Staff::id, Staff::fullName,
                (a, b) -> a));
        model.addAttribute("manage", me.has(Role.SERVICE_LEAD));
        model.addAttribute("staff", all.stream().map(s -> new StaffRow(s,
                s.supervisorId() == null ? null : names.get(s.supervisorId()))).toList());
        return "staff/list";
    }
}
