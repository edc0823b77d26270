package org.stepwise.audit;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Slice;
import org.stepwise.web.FormErrors;

/** The service lead's audit pages: who accessed a record, a search of events, and a check of the chain. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class AuditController {

    private final AuditQueries queries;
    private final ChainVerifier verifier;
    private final Clock clock;

    AuditController(AuditQueries queries, ChainVerifier verifier, Clock clock) {
        this.queries = queries;
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String audit() {
        return "redirect:/audit/events";
    }

    @GetMapping("/audit/events")
    String events(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute EventSearch search,
                  @RequestParam(required = false) String after, Model model) {
        FormErrors errors = new FormErrors();
        Optional<EventFilter> filter = search.validate(clock.getZone(), cursor(after), errors);
        model.addAttribute("search", search);
        model.addAttribute("errors", errors);
        model.addAttribute("people", queries.staff(me.serviceId()));
        model.addAttribute("patientName", search.patient().isEmpty() ? null
                : queries.patientName(me.serviceId(), PatientId.parse(search.patient())).orElse(null));
        model.addAttribute("slice", filter.map(f -> queries.search(me.serviceId(), f))
                .orElse(new Slice<>(java.util.List.of(), null)));
        model.addAttribute("firstPage", after == null);
        return "audit/events";
    }

    @GetMapping("/audit/patients/{id}")
    String patient(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                   @RequestParam(required = false) String after, Model model) {
        PatientId patient = PatientId.parse(id);
        String name = queries.patientName(me.serviceId(), patient)
                .orElseThrow(() -> new NotFoundException("No such patient"));
        model.addAttribute("patientId", patient.toString());
        model.addAttribute("patientName", name);
        model.addAttribute("slice", queries.forPatient(me.serviceId(), patient, cursor(after)));
        model.addAttribute("firstPage", after == null);
        return "audit/patient";
    }

    @GetMapping("/audit/verify")
    String verify(@AuthenticationPrincipal SignedInStaff me, Model model) {
        model.addAttribute("report", verifier.verify(me.serviceId()));
        return "audit/verify";
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No such page");
        }
    }
}
