package org.stepwise.outcomes;

/**
 * One count the reports show, defined once: its SQL condition over the per-referral facts of its cohort is what the
 * count counts and what the drill-down lists.
 *
 * @param code      the column name in the aggregate query and the {@code figure} parameter of a drill-down link
 * @param predicate SQL over the facts' columns (our own text, never user input)
 */
public record Figure(String code, Cohort cohort, String label, String predicate) {
}
