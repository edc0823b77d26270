package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The form for a task made by hand, as typed. */
public record TaskForm(String title, String owner, String dueDay, String dueMonth, String dueYear, String priority) {

    static TaskForm forOwner(StaffId owner, LocalDate due) {
        return new TaskForm("", owner.toString(), "" + due.getDayOfMonth(), "" + due.getMonthValue(),
                "" + due.getYear(), Priority.NORMAL.name());
    }

    Optional<NewTask> validate(LocalDate today, FormErrors errors) {
        String what = Text.required(title, "title", "Say what needs doing", NewTask.MAX_TITLE, errors);
        StaffId who = null;
        try {
            who = new StaffId(UUID.fromString(owner == null ? "" : owner));
        } catch (IllegalArgumentException e) {
            errors.add("owner", "Select who owns the task");
        }
        LocalDate due = DateInput.read(dueDay, dueMonth, dueYear, "dueDay", "Due date", errors);
        if (due != null && due.isBefore(today)) {
            errors.add("dueDay", "The due date cannot be in the past");
        }
        Optional<Priority> p = Priority.of(priority == null ? "" : priority);
        if (p.isEmpty()) {
            errors.add("priority", "Select the priority");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewTask(what, who, due, p.get()));
    }
}
