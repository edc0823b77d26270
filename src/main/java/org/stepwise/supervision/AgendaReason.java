package org.stepwise.supervision;

/**
 * Why a case comes to case management supervision, most urgent first. The defaults follow the standard
 * practice set out in domain-reference §4.2 (the Reach Out criteria are defaults, not facts): new assessments,
 * risk, not improving or deteriorating at review points, no contact, and every case regularly.
 */
public enum AgendaReason {
    RISK("Open risk flag or safeguarding concern"),
    DETERIORATION("Reliable deterioration"),
    NOT_IMPROVING("No reliable improvement at a review point"),
    NOT_ON_TRACK("Not on track against the expected response"),
    NO_CONTACT("No contact recently"),
    LAST_DNA("Did not attend the last appointment"),
    NEWLY_ASSESSED("Newly assessed"),
    SESSION_LIMIT("Approaching the step's session limit"),
    WAITING_TOO_LONG("Waiting too long for the next step"),
    COVERAGE("Not discussed recently");

    private final String label;

    AgendaReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
