package org.stepwise.supervision;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.web.FormErrors;

/** The agenda settings as typed on the service lead's page, before they are checked. */
public record AgendaSettingsForm(Map<String, String> numbers, Set<AgendaReason> rulesOn, int version) {

    /** One number on the page: its field, its label, the range it must lie in and a hint with the default. */
    public record Number(String field, String label, int min, int max, String hint) {
    }

    static final List<Number> NUMBERS = List.of(
            new Number("coverageWeeks", "Every open case is discussed at least every (weeks)", 1, 12,
                    "However quiet a case is, it comes up when it has not been discussed for this long. Usual: 4."),
            new Number("reviewAtSession", "Review point: raise a case with no reliable improvement from session", 1, 20,
                    "Usual: 4."),
            new Number("noContactWeeks", "Raise a case with no attended contact for (weeks)", 1, 12, "Usual: 3."),
            new Number("newlyAssessedDays", "An assessment counts as new for (days), until the case is first discussed",
                    1, 31, "Usual: 7, for weekly supervision."),
            new Number("stepTwoSessionLimit", "Step 2 session limit", 1, 30, "Usual: 8."),
            new Number("stepThreeSessionLimit", "Step 3 session limit", 1, 40, "Usual: 20."),
            new Number("sessionsBeforeLimit", "Raise a case this many sessions before its step's limit", 0, 10,
                    "Usual: 2."),
            new Number("waitingTooLongWeeks", "Raise a case waiting for its next step for (weeks)", 1, 52, "Usual: 6."));

    public static List<Number> fields() {
        return NUMBERS;
    }

    /** The rules a service may switch off, in the agenda's order. */
    static List<AgendaReason> switchable() {
        return EnumSet.complementOf(EnumSet.copyOf(AgendaSettings.ALWAYS_ON)).stream().toList();
    }

    static AgendaSettingsForm of(AgendaSettings s) {
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("coverageWeeks", "" + s.coverageWeeks());
        numbers.put("reviewAtSession", "" + s.reviewAtSession());
        numbers.put("noContactWeeks", "" + s.noContactWeeks());
        numbers.put("newlyAssessedDays", "" + s.newlyAssessedDays());
        numbers.put("stepTwoSessionLimit", "" + s.stepTwoSessionLimit());
        numbers.put("stepThreeSessionLimit", "" + s.stepThreeSessionLimit());
        numbers.put("sessionsBeforeLimit", "" + s.sessionsBeforeLimit());
        numbers.put("waitingTooLongWeeks", "" + s.waitingTooLongWeeks());
        Set<AgendaReason> on = EnumSet.allOf(AgendaReason.class);
        on.removeAll(s.switchedOff());
        return new AgendaSettingsForm(numbers, on, s.version());
    }

    public String value(String field) {
        return numbers.getOrDefault(field, "");
    }

    public boolean on(AgendaReason reason) {
        return rulesOn.contains(reason);
    }

    /** The settings the form describes, or null with every problem added to {@code errors}. */
    AgendaSettings parse(FormErrors errors) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Number number : NUMBERS) {
            n.put(number.field(), errors.wholeNumber(value(number.field()), number.field(), number.min(),
                    number.max(), number.label()));
        }
        if (errors.any()) {
            return null;
        }
        Set<AgendaReason> off = EnumSet.copyOf(switchable());
        off.removeAll(rulesOn);
        return new AgendaSettings(n.get("reviewAtSession"), n.get("noContactWeeks"), n.get("stepTwoSessionLimit"),
                n.get("stepThreeSessionLimit"), n.get("sessionsBeforeLimit"), n.get("waitingTooLongWeeks"),
                n.get("coverageWeeks"), n.get("newlyAssessedDays"), off, version);
    }
}
