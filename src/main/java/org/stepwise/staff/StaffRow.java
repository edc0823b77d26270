package org.stepwise.staff;

/** A staff member with their supervisor's name resolved, for the staff list. */
public record StaffRow(Staff staff, String supervisorName) {
}
