package org.stepwise.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.web.FormErrors;

/** Reads the session form: for each agenda case, discussed or not, and if so what was said and decided. */
final class SessionForm {

    private SessionForm() {
    }

    static List<Discussion> read(List<AgendaItem> items, Map<String, String> values, FormErrors errors) {
        List<Discussion> discussions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String prefix = "case" + i + "-";
            boolean discussed = "yes".equals(values.get(prefix + "discussed"));
            if (!discussed) {
                discussions.add(Discussion.notDiscussed(item.facts().referral(), item.reasons()));
                continue;
            }
            String text = values.getOrDefault(prefix + "discussion", "").strip();
            String decisionName = values.getOrDefault(prefix + "decision", "");
            SupervisionDecision decision = null;
            try {
                decision = SupervisionDecision.valueOf(decisionName);
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "decision", item.facts().patientName() + ": select the decision");
            }
            if (text.isEmpty()) {
                errors.add(prefix + "discussion", item.facts().patientName() + ": record what was discussed and advised");
            }
            String actions = values.getOrDefault(prefix + "actions", "").strip();
            discussions.add(new Discussion(item.facts().referral(), item.reasons(), true, text, decision,
                    actions.isEmpty() ? null : actions));
        }
        return discussions;
    }
}
