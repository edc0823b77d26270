package org.stepwise.measures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** A questionnaire as typed: answers named item1, item2, … and the date it was completed. */
public record MeasureForm(Map<String, String> values) {

    public String answer(int item) {
        return values.getOrDefault("item" + item, "");
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** The answers given, as numbers; anything not a whole number is reported against its question. */
    public Map<Integer, Integer> answers(InstrumentDefinition definition, FormErrors errors) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (Item item : definition.items()) {
            String text = answer(item.number()).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                answers.put(item.number(), Integer.valueOf(text));
            } catch (NumberFormatException e) {
                errors.add("item" + item.number(), "Question " + item.number() + ": choose one of the answers");
            }
        }
        return answers;
    }

    public LocalDate completedOn(FormErrors errors) {
        return DateInput.read(get("completedDay"), get("completedMonth"), get("completedYear"), "completedDay",
                "Date completed", errors);
    }

    public static MeasureForm startingOn(LocalDate day) {
        Map<String, String> values = new HashMap<>();
        values.put("completedDay", String.valueOf(day.getDayOfMonth()));
        values.put("completedMonth", String.valueOf(day.getMonthValue()));
        values.put("completedYear", String.valueOf(day.getYear()));
        return new MeasureForm(values);
    }
}
