package org.stepwise.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.CsvCells;
import org.stepwise.supervision.SupervisionSessions;

/**
 * "Who was responsible, and who decided what, when": the point-in-time view of a case and its chronology
 * as CSV for a serious incident review.
 */
@Controller
class ChronologyController {

    private final Chronology chronology;
    private final ResponsibilityLedger ledger;
    private final ReferralService referrals;
    private final Patients patients;
    private final CaseAccess access;
    private final ChronologyPdf pdf;
    private final AuditTrail audit;
    private final SupervisionSessions supervision;
    private final Clock clock;

    ChronologyController(Chronology chronology, ResponsibilityLedger ledger, ReferralService referrals,
                         Patients patients, CaseAccess access, ChronologyPdf pdf, AuditTrail audit,
                         SupervisionSessions supervision, Clock clock) {
        this.supervision = supervision;
        this.audit = audit;
        this.pdf = pdf;
        this.chronology = chronology;
        this.ledger = ledger;
        this.referrals = referrals;
        this.patients = patients;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/responsibility")
    String pointInTime(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                       @RequestParam(required = false) String at, Model model) {
        ReferralId referralId = ReferralId.parse(id);
        access.requireReferral(me, referralId, Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), referralId);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = parse(at, today);
        Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("held", ledger.heldAt(me.serviceId(), referralId, endOfDay));
        model.addAttribute("supervision", supervision.lastDiscussion(me.serviceId(), referralId, day).orElse(null));
        model.addAttribute("events", chronology.of(me.serviceId(), referralId, endOfDay));
        return "casefile/pointInTime";
    }

    @GetMapping("/referrals/{id}/chronology.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id) {
        ReferralId referralId = ReferralId.parse(id);
        access.requireReferral(me, referralId, Need.CLINICAL);
        List<ChronologyEntry> events = chronology.of(me.serviceId(), referralId, clock.instant());
        audit.recordExport(me.serviceId(), me.staffId(), referrals.get(me.serviceId(), referralId).patientId(),
                AuditedRecord.of("CHRONOLOGY_CSV", referralId.value()), "Case chronology downloaded as CSV");
        StringBuilder out = new StringBuilder("when_utc,kind,detail,who\n");
        for (ChronologyEntry e : events) {
            out.append(e.at()).append(',').append(CsvCells.quoted(e.kind())).append(',')
                    .append(CsvCells.quoted(e.detail())).append(',')
                    .append(CsvCells.quoted(e.who())).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronology-" + referralId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/referrals/{id}/chronology.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id) {
        ReferralId referralId = ReferralId.parse(id);
        access.requireReferral(me, referralId, Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), referralId);
        var patient = patients.get(me.serviceId(), referral.patientId());
        audit.recordExport(me.serviceId(), me.staffId(), patient.id(), AuditedRecord.of("CHRONOLOGY_PDF",
                referralId.value()), "Case chronology downloaded as PDF");
        byte[] body = pdf.render("Chronology: " + patient.fullName() + ", NHS number " + patient.nhsNumber().formatted(),
                "Referral received " + referral.details().receivedDate() + ". Produced " + clock.instant()
                        + " (UTC) by " + me.fullName() + ".",
                chronology.of(me.serviceId(), referralId, clock.instant()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronology-" + referralId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }

    private static LocalDate parse(String at, LocalDate today) {
        try {
            return at == null || at.isBlank() ? today : LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
