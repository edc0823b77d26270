/**
 * Risk: risk flags and their reviews, structured risk assessments in the clinician's words, safety plans,
 * safeguarding concerns, onward referrals to crisis and secondary care, tasks, and the duty and supervision
 * worklists that show everything still open.
 *
 * <p>Following NICE NG225, nothing here scores or predicts risk: the rules are about time (when a review or a
 * chase falls due) and about what may follow what (the safeguarding and onward-referral state machines). Those
 * rules are plain Java with an injected clock; the stores beside them are explicit SQL on tables whose history is
 * append-only.
 */
package org.stepwise.risk;
