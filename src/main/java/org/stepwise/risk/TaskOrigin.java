package org.stepwise.risk;

/** Who made a task: a person, one of the onward-referral rules, or an action agreed in supervision. */
public enum TaskOrigin {
    BY_HAND,
    CHASE_ONWARD_REFERRAL,
    ONWARD_REFERRAL_DECLINED,
    SUPERVISION_ACTION
}
