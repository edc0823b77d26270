package org.stepwise.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.Slice;
import org.stepwise.shared.StaffId;

/**
 * The duty view (everything open in the service, for whoever is on duty) and the supervision view (the same lists
 * for one supervisor's supervisees). Each list has its own page for paging on past the first 25.
 */
@Controller
class WorklistController {

    private final Worklists lists;
    private final RiskAccess access;
    private final RiskClock time;

    WorklistController(Worklists lists, RiskAccess access, RiskClock time) {
        this.lists = lists;
        this.access = access;
        this.time = time;
    }

    @GetMapping("/duty")
    String duty(@AuthenticationPrincipal SignedInStaff me, Model model) {
        access.requireDuty(me);
        return show(me, null, List.of(WorkSection.values()), null, "/duty", model);
    }

    @GetMapping("/duty/{section}")
    String dutySection(@AuthenticationPrincipal SignedInStaff me, @PathVariable String section,
                       @RequestParam(required = false) String after, Model model) {
        access.requireDuty(me);
        return show(me, null, List.of(section(section)), after, "/duty", model);
    }

    @GetMapping("/supervision/risk")
    String supervision(@AuthenticationPrincipal SignedInStaff me, Model model) {
        access.requireClinician(me);
        return show(me, me.staffId(), List.of(WorkSection.values()), null, "/supervision/risk", model);
    }

    @GetMapping("/supervision/risk/{section}")
    String supervisionSection(@AuthenticationPrincipal SignedInStaff me, @PathVariable String section,
                              @RequestParam(required = false) String after, Model model) {
        access.requireClinician(me);
        return show(me, me.staffId(), List.of(section(section)), after, "/supervision/risk", model);
    }

    private String show(SignedInStaff me, StaffId supervisor, List<WorkSection> sections, String after, String base,
                Model model) {
        UUID cursor = after == null || after.isBlank() ? null : Identifier.parse(after);
        Map<WorkSection, Slice<WorkItem>> shown = new EnumMap<>(WorkSection.class);
        for (WorkSection s : sections) {
            shown.put(s, Slice.of(lists.list(s, me.serviceId(), supervisor, cursor, time.now(),
                    time.today(me.serviceId())), Worklists.PAGE_SIZE, i -> i.id().toString()));
        }
        model.addAttribute("title", supervisor == null ? "Duty" : "My supervisees' risk");
        model.addAttribute("supervision", supervisor != null);
        model.addAttribute("sections", shown);
        model.addAttribute("single", sections.size() == 1);
        model.addAttribute("firstPage", cursor == null);
        model.addAttribute("base", base);
        return "risk/worklist";
    }

    private static WorkSection section(String path) {
        return WorkSection.ofPath(path).orElseThrow(() -> new NotFoundException("No such list"));
    }
}
