/**
 * Read-only reporting: the national outcome figures for referrals that ended in a period, the service dashboard, a
 * practitioner's own outcomes and a supervisor's view of their supervisees'. One referral's waiting-time clocks are
 * {@code contact.ReferralWaits}, shown on the referral page.
 *
 * <p>Nothing here decides an outcome: each ended referral's flags are the ones {@code discharge} stored when it ended
 * (computed by {@code measures.OutcomeClassifier}), and the rates use {@code measures.OutcomeTally}'s denominators.
 * This module only counts them in SQL, by period, step, practitioner and the other breakdowns, and lists the
 * referrals behind each count. Definitions and sources: {@code docs/outcomes.md}.
 */
package org.stepwise.outcomes;
