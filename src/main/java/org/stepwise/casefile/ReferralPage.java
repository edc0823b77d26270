package org.stepwise.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.stepwise.contact.Appointment;
import org.stepwise.contact.TreatmentCourse;
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

    public String descriptor() {
        return ProblemDescriptor.describe(referral.details().problemDescriptor());
    }
}
