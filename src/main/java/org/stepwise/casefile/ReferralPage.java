package org.stepwise.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.stepwise.contact.Appointment;
import org.stepwise.contact.ReferralWaits;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.contact.TreatmentWaitStanding;
import org.stepwise.discharge.StoredOutcome;
import org.stepwise.measures.ScoreChart;
import org.stepwise.patient.Patient;
import org.stepwise.risk.CaseRisk;
import org.stepwise.risk.RiskAlerts;
import org.stepwise.shared.StaffId;
import org.stepwise.referral.ProblemDescriptor;
import org.stepwise.referral.Referral;
import org.stepwise.referral.TransitionRecord;
import org.stepwise.responsibility.Decision;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.responsibility.ResponsibilityPeriod;

/**
 * Everything the referral page shows, gathered before rendering.
 *
 * @param alerts counts of open risk flags and safeguarding concerns, for the banner (shown to everyone)
 * @param risk   the risk details, or null for someone who may not see them
 * @param waits  the waiting-time clocks, read from the same appointments as {@code course}
 */
public record ReferralPage(
        Referral referral,
        Patient patient,
        String practitionerName,
        List<ResponsibilityPeriod> responsibility,
        List<Decision> decisions,
        List<TransitionRecord> transitions,
        LocalDate today,
        boolean mayTriage,
        boolean mayStartTreatment,
        boolean mayChangeStep,
        boolean mayEnd,
        List<Appointment> appointments,
        Map<StaffId, String> staffNames,
        TreatmentCourse course,
        ReferralWaits waits,
        List<ScoreChart> charts,
        StoredOutcome outcome,
        RiskAlerts alerts,
        CaseRisk risk,
        boolean clinical) {

    public String nameOf(StaffId id) {
        return staffNames.getOrDefault(id, "");
    }

    public long weeksSinceReferral() {
        LocalDate end = referral.endedDate() == null ? today : referral.endedDate();
        return ChronoUnit.WEEKS.between(referral.details().receivedDate(), end);
    }

    /** The current holder of a kind of responsibility, or null if nobody holds it now. */
    public ResponsibilityPeriod current(ResponsibilityKind kind) {
        return responsibility.stream().filter(p -> p.kind() == kind && p.current()).findFirst().orElse(null);
    }

    /**
     * The tag colour for the wait for first treatment: blue while still within 6 weeks, as nothing has been met
     * yet; green once treated within them.
     */
    public String treatmentStandingTag() {
        TreatmentWaitStanding standing = waits.treatmentStanding();
        return switch (standing.band()) {
            case WITHIN_SIX_WEEKS -> standing.waiting() ? "govuk-tag--blue" : "govuk-tag--green";
            case WITHIN_EIGHTEEN_WEEKS -> "govuk-tag--yellow";
            case OVER_EIGHTEEN_WEEKS -> "govuk-tag--red";
        };
    }

    public String descriptor() {
        return ProblemDescriptor.describe(referral.details().problemDescriptor());
    }
}
