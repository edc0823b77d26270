package org.stepwise.risk;

import org.stepwise.web.FormErrors;

/** Checks free text typed into a form: present when required, and not longer than the column is meant to hold. */
final class Text {

    static final int LONG = 5000;
    static final int SHORT = 200;

    private Text() {
    }

    static String required(String value, String field, String missing, int max, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        return optional(value, field, max, errors);
    }

    static String optional(String value, String field, int max, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "This must be " + String.format("%,d", max) + " characters or fewer");
            return null;
        }
        return value.strip();
    }
}
