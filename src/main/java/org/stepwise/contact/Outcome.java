package org.stepwise.contact;

/**
 * What happened at an appointment, as entered.
 *
 * @param note the session note, signed on saving; required when the person was seen
 */
public record Outcome(Attendance attendance, Integer minutes, Intervention intervention, String note) {
}
