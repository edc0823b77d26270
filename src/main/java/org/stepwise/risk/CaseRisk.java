package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.shared.ReferralId;

/** Everything the referral page shows about risk, gathered before rendering. */
public record CaseRisk(ReferralId referralId, List<FlagView> flags, List<Assessment> assessments,
                       List<SafetyPlan> safetyPlans, List<Concern> concerns, List<OnwardReferral> onward,
                       List<Task> tasks, Instant now, LocalDate today) {

    public List<FlagView> openFlags() {
        return flags.stream().filter(FlagView::open).toList();
    }

    public List<FlagView> reviewedFlags() {
        return flags.stream().filter(f -> !f.open()).toList();
    }

    /** The latest assessment that no later one corrects, or null. */
    public Assessment currentAssessment() {
        return assessments.stream().filter(a -> !a.correctedLater()).findFirst().orElse(null);
    }

    public List<Assessment> earlierAssessments() {
        Assessment current = currentAssessment();
        return assessments.stream().filter(a -> a != current).toList();
    }

    public SafetyPlan currentPlan() {
        return safetyPlans.isEmpty() ? null : safetyPlans.get(0);
    }

    public int planVersion() {
        return safetyPlans.isEmpty() ? 0 : safetyPlans.get(0).versionNo();
    }
}
