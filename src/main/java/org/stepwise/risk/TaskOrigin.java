package org.stepwise.risk;

/** Who made a task: a person, or one of the onward-referral rules. */
public enum TaskOrigin {
    BY_HAND,
    CHASE_ONWARD_REFERRAL,
    ONWARD_REFERRAL_DECLINED
}
