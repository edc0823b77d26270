package org.stepwise.risk;

import java.time.LocalDate;
import org.stepwise.shared.StaffId;

/** A task as entered by hand, already checked by {@link TaskForm}. */
record NewTask(String title, StaffId owner, LocalDate dueOn, Priority priority) {

    static final int MAX_TITLE = 200;
}
