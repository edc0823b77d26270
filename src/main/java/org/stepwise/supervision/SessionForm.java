package org.stepwise.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.staff.Staff;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/**
 * Reads the session form: for each agenda case, discussed or not, and if so what was said and decided, and up to
 * {@link #ACTIONS} actions, each with an owner and a due date.
 */
final class SessionForm {

    /** Action rows offered per case; two cover what a weekly discussion of one case usually agrees. */
    static final int ACTIONS = 2;

    private SessionForm() {
    }

    static List<Discussion> read(List<AgendaItem> items, Map<String, String> values, List<Staff> owners,
                                 LocalDate today, FormErrors errors) {
        List<Discussion> discussions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String prefix = "case" + i + "-";
            boolean discussed = "yes".equals(values.get(prefix + "discussed"));
            if (!discussed) {
                discussions.add(Discussion.notDiscussed(item.facts().referral(), item.reasons()));
                continue;
            }
            String name = item.facts().patientName();
            String text = values.getOrDefault(prefix + "discussion", "").strip();
            SupervisionDecision decision = null;
            try {
                decision = SupervisionDecision.valueOf(values.getOrDefault(prefix + "decision", ""));
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "decision", name + ": select the decision");
            }
            if (text.isEmpty()) {
                errors.add(prefix + "discussion", name + ": record what was discussed and advised");
            }
            List<Action> actions = new ArrayList<>();
            for (int a = 0; a < ACTIONS; a++) {
                Action action = action(values, prefix + "action" + a + "-", name, owners, today, errors);
                if (action != null) {
                    actions.add(action);
                }
            }
            discussions.add(new Discussion(item.facts().referral(), item.reasons(), true, text, decision, actions));
        }
        return discussions;
    }

    /** One action row: ignored when its description is blank, otherwise every part must be right. */
    private static Action action(Map<String, String> values, String prefix, String name, List<Staff> owners,
                                 LocalDate today, FormErrors errors) {
        String title = values.getOrDefault(prefix + "title", "").strip();
        if (title.isEmpty()) {
            return null;
        }
        if (title.length() > 200) {
            errors.add(prefix + "title", name + ": describe the action in 200 characters or fewer");
        }
        Staff owner = owners.stream().filter(s -> s.id().toString().equals(values.get(prefix + "owner")))
                .findFirst().orElse(null);
        if (owner == null) {
            errors.add(prefix + "owner", name + ": choose who will do \"" + title + "\"");
        }
        String day = values.get(prefix + "dueDay");
        String month = values.get(prefix + "dueMonth");
        String year = values.get(prefix + "dueYear");
        LocalDate due = null;
        if (blank(day) && blank(month) && blank(year)) {
            errors.add(prefix + "due", name + ": enter when \"" + title + "\" is due");
        } else {
            due = DateInput.read(day, month, year, prefix + "due", name + ": the due date", errors);
        }
        if (due != null && due.isBefore(today)) {
            errors.add(prefix + "due", name + ": the due date cannot be in the past");
            due = null;
        }
        if (owner == null || due == null || title.length() > 200) {
            return null;
        }
        return new Action(title, owner.id(), owner.fullName(), due);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
