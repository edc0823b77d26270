package org.stepwise.risk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an onward referral stands. Sent, then perhaps acknowledged, then answered (accepted or declined) or
 * withdrawn by us; an answered referral never changes again, so its history stays true.
 */
public enum OnwardStatus {
    SENT("Sent", "govuk-tag--yellow"),
    ACKNOWLEDGED("Acknowledged", "govuk-tag--light-blue"),
    ACCEPTED("Accepted", "govuk-tag--green"),
    DECLINED("Declined", "govuk-tag--red"),
    WITHDRAWN("Withdrawn", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    OnwardStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Still waiting for the receiving service's decision, so it can fall due for chasing. */
    public boolean awaitingResponse() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    public Set<OnwardStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED, WITHDRAWN);
            case ACKNOWLEDGED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            default -> EnumSet.noneOf(OnwardStatus.class);
        };
    }

    /** The named transition to {@code to}, refused with the reason when this state does not allow it. */
    OnwardStatus moveTo(OnwardStatus to) {
        if (next().contains(to)) {
            return to;
        }
        if (!awaitingResponse()) {
            throw new RiskTransitionException("This onward referral is already " + label.toLowerCase()
                    + ", so nothing more can be recorded on it. If the person needs referring again, make a new "
                    + "onward referral.");
        }
        if (to == SENT) {
            throw new RiskTransitionException("An onward referral is sent once; record the receiving service's "
                    + "response instead.");
        }
        throw new RiskTransitionException("The receiving service has already acknowledged this referral: record "
                + "whether they accepted or declined it.");
    }

    public static Optional<OnwardStatus> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
