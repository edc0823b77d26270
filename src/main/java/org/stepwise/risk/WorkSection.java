package org.stepwise.risk;

import java.util.Arrays;
import java.util.Optional;

/** The four lists of the duty and supervision views: everything still open that somebody has to act on. */
public enum WorkSection {
    FLAGS("flags", "Risk flags awaiting review"),
    SAFEGUARDING("safeguarding", "Open safeguarding concerns"),
    ONWARD("onward", "Onward referrals awaiting a response"),
    TASKS("tasks", "Overdue tasks");

    private final String path;
    private final String title;

    WorkSection(String path, String title) {
        this.path = path;
        this.title = title;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public static Optional<WorkSection> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
