package org.stepwise.risk;

import java.time.LocalDate;

/** A safety plan as written, already checked by {@link SafetyPlanForm}. */
record NewSafetyPlan(String warningSigns, String copingStrategies, String peopleAndPlaces, String peopleToAsk,
                     String crisisContacts, String safeEnvironment, String reasonsForLiving, LocalDate reviewOn,
                     boolean copyGiven) {
}
