package org.stepwise.audit;

/** A member of staff the audit search can be narrowed to. */
public record StaffOption(String id, String name) {
}
