package org.stepwise.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problems with what was entered, in the order of the form's fields: shown together in the
 * error summary and each beside its field, as the GOV.UK error pattern asks.
 */
public final class FormErrors {

    /** The key for a problem with the whole form rather than one field. */
    public static final String FORM = "form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(byField);
    }

    /** The CSS class a form group takes when its field has a problem. */
    public String groupClass(String field) {
        return has(field) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
    }

    /**
     * Reads a whole number from {@code min} to {@code max} typed into {@code field}; anything else is recorded as a
     * problem naming {@code what} and the range, and {@code min} is returned so the caller can carry on checking.
     */
    public int wholeNumber(String text, String field, int min, int max, String what) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        add(field, what + " must be a whole number from " + min + " to " + max);
        return min;
    }

    public static FormErrors none() {
        return new FormErrors();
    }
}
