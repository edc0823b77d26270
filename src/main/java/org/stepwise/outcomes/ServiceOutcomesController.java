package org.stepwise.outcomes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.Role;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/**
 * The service lead's dashboard: the whole service's referrals received and entering treatment, waiting times,
 * outcomes, caseloads and missed appointments.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class ServiceOutcomesController {

    static final String PAGE = "/service/outcomes";
    static final String REFERRALS = PAGE + "/referrals";

    private final OutcomeReports reports;
    private final DrillDowns drillDowns;
    private final StaffDirectory staff;
    private final Clock clock;

    ServiceOutcomesController(OutcomeReports reports, DrillDowns drillDowns, StaffDirectory staff, Clock clock) {
        this.reports = reports;
        this.drillDowns = drillDowns;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String dashboard(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String step,
                     @RequestParam(required = false) String practitioner, Model model) {
        FilterForm form = new FilterForm(from, to, step, practitioner);
        List<Staff> practitioners = practitioners(me);
        FilterForm.Parsed parsed = parse(form, practitioners);
        model.addAttribute("form", form);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("practitioners", practitioners);
        model.addAttribute("report", reports.build(me.serviceId(), Scope.wholeService(), parsed.filter(), REFERRALS,
                EnumSet.allOf(OutcomeReports.Part.class)));
        return "outcomes/dashboard";
    }

    @GetMapping(PAGE + "/table.csv")
    ResponseEntity<byte[]> table(@AuthenticationPrincipal SignedInStaff me,
                                 @RequestParam(defaultValue = "outcomes") String table,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String step,
                                 @RequestParam(required = false) String practitioner) {
        ReportCsv.Table which = ReportCsv.Table.of(table);
        if (which == null) {
            throw new NotFoundException("No such table");
        }
        FilterForm.Parsed parsed = parse(new FilterForm(from, to, step, practitioner), practitioners(me));
        if (parsed.errors().any()) {
            return ResponseEntity.status(303).header("Location", PAGE + "?" + query(from, to, step, practitioner))
                    .build();
        }
        OutcomeReport report = reports.build(me.serviceId(), Scope.wholeService(), parsed.filter(), REFERRALS,
                which.parts());
        return Csv.download("outcomes-" + which.code() + "-" + parsed.filter().period().from() + "-to-"
                + parsed.filter().period().to() + ".csv", ReportCsv.write(which, report));
    }

    @GetMapping(REFERRALS)
    String referrals(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String figure,
                     @RequestParam(required = false) String dimension, @RequestParam(required = false) String key,
                     @RequestParam(required = false) String after, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String step,
                     @RequestParam(required = false) String practitioner, Model model) {
        DrillDownRequest request = DrillDownRequest.parse(figure, dimension, key, after);
        FilterForm.Parsed parsed = parse(new FilterForm(from, to, step, practitioner), practitioners(me));
        return drillDowns.page(me, Scope.wholeService(), parsed, request, REFERRALS, PAGE, true, model);
    }

    @GetMapping(REFERRALS + ".csv")
    ResponseEntity<byte[]> referralsCsv(@AuthenticationPrincipal SignedInStaff me,
                                        @RequestParam(required = false) String figure,
                                        @RequestParam(required = false) String dimension,
                                        @RequestParam(required = false) String key,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String step,
                                        @RequestParam(required = false) String practitioner) {
        DrillDownRequest request = DrillDownRequest.parse(figure, dimension, key, null);
        FilterForm.Parsed parsed = parse(new FilterForm(from, to, step, practitioner), practitioners(me));
        if (parsed.errors().any()) {
            return ResponseEntity.status(303).header("Location", REFERRALS + "?" + query(from, to, step, practitioner)
                    + "&figure=" + request.figure().code()).build();
        }
        return drillDowns.csv(me, Scope.wholeService(), parsed.filter(), request);
    }

    private FilterForm.Parsed parse(FilterForm form, List<Staff> practitioners) {
        return form.parse(LocalDate.now(clock), practitioners.stream().map(Staff::id).toList());
    }

    /** Everyone who treats, whether or not they still have cases: past outcomes stay theirs. */
    private List<Staff> practitioners(SignedInStaff me) {
        return staff.all(me.serviceId()).stream()
                .filter(s -> s.has(Role.PWP) || s.has(Role.HIGH_INTENSITY_THERAPIST)).toList();
    }

    private static String query(String from, String to, String step, String practitioner) {
        return "from=" + enc(from) + "&to=" + enc(to) + "&step=" + enc(step) + "&practitioner=" + enc(practitioner);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
