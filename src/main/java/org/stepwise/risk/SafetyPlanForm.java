package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The safety plan form as typed; a new version starts from the current one. */
public record SafetyPlanForm(String warningSigns, String copingStrategies, String peopleAndPlaces, String peopleToAsk,
                             String crisisContacts, String safeEnvironment, String reasonsForLiving, String reviewDay,
                             String reviewMonth, String reviewYear, String copyGiven, String reason,
                             Integer seenVersion) {

    static SafetyPlanForm from(SafetyPlan current) {
        if (current == null) {
            return new SafetyPlanForm("", "", "", "", "", "", "", "", "", "", "", "", 0);
        }
        LocalDate r = current.reviewOn();
        return new SafetyPlanForm(current.warningSigns(), current.copingStrategies(), orEmpty(current.peopleAndPlaces()),
                orEmpty(current.peopleToAsk()), current.crisisContacts(), orEmpty(current.safeEnvironment()),
                orEmpty(current.reasonsForLiving()), "" + r.getDayOfMonth(), "" + r.getMonthValue(), "" + r.getYear(),
                current.copyGiven() ? "yes" : "", "", current.versionNo());
    }

    public boolean update() {
        return seenVersion != null && seenVersion > 0;
    }

    Optional<NewSafetyPlan> validate(LocalDate today, FormErrors errors) {
        if (seenVersion == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the safety plan again");
        }
        String signs = Text.required(warningSigns, "warningSigns", "Write the warning signs the person notices",
                Text.LONG, errors);
        String coping = Text.required(copingStrategies, "copingStrategies",
                "Write what the person can do on their own to cope", Text.LONG, errors);
        String places = Text.optional(peopleAndPlaces, "peopleAndPlaces", Text.LONG, errors);
        String ask = Text.optional(peopleToAsk, "peopleToAsk", Text.LONG, errors);
        String crisis = Text.required(crisisContacts, "crisisContacts",
                "Write who to contact in a crisis, with their numbers", Text.LONG, errors);
        String environment = Text.optional(safeEnvironment, "safeEnvironment", Text.LONG, errors);
        String reasons = Text.optional(reasonsForLiving, "reasonsForLiving", Text.LONG, errors);
        LocalDate review = DateInput.read(reviewDay, reviewMonth, reviewYear, "reviewDay", "Review date", errors);
        if (review != null && review.isBefore(today)) {
            errors.add("reviewDay", "The review date must be today or later");
        }
        if (update()) {
            Text.required(reason, "reason", "Say what has changed and why", Text.SHORT * 5, errors);
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewSafetyPlan(signs, coping, places, ask, crisis, environment, reasons, review,
                "yes".equals(copyGiven)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
