package org.stepwise.referral;

import java.util.EnumSet;
import java.util.Set;

/** The named moves a referral can make, each legal only from certain states. */
public enum Transition {
    ALLOCATE("allocate", EnumSet.of(ReferralStatus.AWAITING_TRIAGE, ReferralStatus.WAITING), ReferralStatus.ALLOCATED),
    PLACE_ON_WAITING_LIST("place on a waiting list", EnumSet.of(ReferralStatus.AWAITING_TRIAGE), ReferralStatus.WAITING),
    REALLOCATE("reallocate", EnumSet.of(ReferralStatus.ALLOCATED, ReferralStatus.IN_TREATMENT), null),
    STEP_TO_PRACTITIONER("step up or down to another practitioner",
            EnumSet.of(ReferralStatus.ALLOCATED, ReferralStatus.IN_TREATMENT), ReferralStatus.ALLOCATED),
    STEP_TO_WAITING_LIST("step up or down to a waiting list",
            EnumSet.of(ReferralStatus.ALLOCATED, ReferralStatus.IN_TREATMENT), ReferralStatus.WAITING),
    START_TREATMENT("start treatment", EnumSet.of(ReferralStatus.ALLOCATED), ReferralStatus.IN_TREATMENT),
    CLOSE("close without treatment",
            EnumSet.of(ReferralStatus.AWAITING_TRIAGE, ReferralStatus.WAITING, ReferralStatus.ALLOCATED), ReferralStatus.CLOSED),
    /**
     * Ending a course of treatment. Besides someone in treatment, someone stepped up or down after treatment is
     * allocated or waiting again, and ends as treated if they go no further (the caller checks their contacts).
     */
    DISCHARGE("discharge", EnumSet.of(ReferralStatus.IN_TREATMENT, ReferralStatus.ALLOCATED, ReferralStatus.WAITING),
            ReferralStatus.DISCHARGED);

    private final String verb;
    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    Transition(String verb, Set<ReferralStatus> from, ReferralStatus to) {
        this.verb = verb;
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /** The resulting state; a reallocation keeps the state it started from. */
    public ReferralStatus target(ReferralStatus current) {
        return to == null ? current : to;
    }

    public String verb() {
        return verb;
    }
}
