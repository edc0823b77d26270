package org.stepwise.outcomes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Slice;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.web.CsvCells;

/**
 * The lists of referrals behind a count, for every outcomes page. A list names patients, so showing it is
 * audited as a read of each referral listed, and downloading it as an export of each.
 */
@Component
class DrillDowns {

    /** A download holds at most this many referrals; a larger list is refused with a request to narrow it. */
    static final int DOWNLOAD_LIMIT = 5_000;

    private final OutcomeQueries queries;
    private final AuditTrail audit;
    private final StaffDirectory staff;

    DrillDowns(OutcomeQueries queries, AuditTrail audit, StaffDirectory staff) {
        this.queries = queries;
        this.audit = audit;
        this.staff = staff;
    }

    String page(SignedInStaff me, Scope scope, FilterForm.Parsed parsed, DrillDownRequest request, String base,
                String backLink, boolean downloadable, Model model) {
        OutcomeFilter filter = parsed.filter();
        Slice<DrillRow> slice = parsed.errors().any() ? new Slice<>(List.of(), null)
                : queries.referralsBehind(me.serviceId(), scope, filter, request.figure(), request.dimension(),
                        request.key(), request.after());
        audit.recordList(me.serviceId(), me.staffId(), AuditedRecord.list("OUTCOME_REFERRALS"),
                slice.items().stream().map(DrillRow::patientId).toList());
        String query = request.query(filter);
        model.addAttribute("title", request.describe(staffNames(me)));
        model.addAttribute("filter", filter);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("slice", slice);
        model.addAttribute("firstPage", request.after() == null);
        model.addAttribute("pageBase", base + "?" + query + "&");
        model.addAttribute("csv", downloadable ? base + ".csv?" + query : null);
        model.addAttribute("backLink", backLink + "?" + filter.query());
        model.addAttribute("cohort", request.figure().cohort());
        return "outcomes/referrals";
    }

    ResponseEntity<byte[]> csv(SignedInStaff me, Scope scope, OutcomeFilter filter, DrillDownRequest request) {
        List<DrillRow> rows = queries.allReferralsBehind(me.serviceId(), scope, filter, request.figure(),
                request.dimension(), request.key(), DOWNLOAD_LIMIT + 1);
        if (rows.size() > DOWNLOAD_LIMIT) {
            // Never a silently shortened export: ask for a narrower list instead.
            throw new DomainException("That list has more than " + DOWNLOAD_LIMIT + " referrals. Choose a shorter "
                    + "period, a step or a practitioner, then download it.");
        }
        String reason = "Referrals behind an outcomes figure downloaded as CSV: " + request.describe(staffNames(me))
                + ", " + filter.period().from() + " to " + filter.period().to();
        for (DrillRow row : rows) {
            audit.recordExport(me.serviceId(), me.staffId(), row.patientId(),
                    AuditedRecord.referral(row.referralId()), reason);
        }
        StringBuilder out = new StringBuilder(
                "referral_id,patient,received,ended,step,practitioner,first_treatment,second_treatment,detail\n");
        for (DrillRow r : rows) {
            out.append(r.referralId()).append(',').append(CsvCells.quoted(r.patientName())).append(',')
                    .append(Csv.date(r.received())).append(',').append(Csv.date(r.ended())).append(',')
                    .append(r.step() == null ? "" : r.step()).append(',').append(CsvCells.quoted(r.practitioner()))
                    .append(',').append(Csv.date(r.firstTreatment())).append(',')
                    .append(Csv.date(r.secondTreatment())).append(',').append(CsvCells.quoted(r.detail())).append('\n');
        }
        return Csv.download("referrals-" + request.figure().code() + ".csv", out.toString());
    }

    private Map<String, String> staffNames(SignedInStaff me) {
        return staff.all(me.serviceId()).stream().collect(Collectors.toMap(s -> s.id().toString(), Staff::fullName));
    }
}
