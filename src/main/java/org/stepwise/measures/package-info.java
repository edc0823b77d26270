/**
 * Session-by-session measures: questionnaire definitions as versioned data, pure scoring, caseness, reliable change,
 * the PHQ-9 + anxiety-measure pairing rule and the national outcome classification of an ended referral.
 *
 * <p>Plain Java: no Spring, SQL or HTTP. Persistence, pages and the service's own settings are built on top of this
 * API. Every number here names its source (domain-reference.md §1, §2, §8); values the reference marks unverified
 * are defaults that a service can replace ({@link org.stepwise.measures.InstrumentDefinition#withOverrides}) and are
 * reported as unverified until it does ({@link org.stepwise.measures.InstrumentDefinition#provenance}).
 */
package org.stepwise.measures;
