package org.stepwise.measures;

/** The parts of a definition whose source can be questioned, and so may be replaced by a service. */
public enum DefinitionValue {
    CUT_OFF,
    RELIABLE_CHANGE,
    MISSING_ANSWER_RULE;

    /** Where a value came from: a cited source, an unverified default, or the service's own setting. */
    public enum Provenance {
        /** Confirmed by the source cited in the definition. */
        SOURCED,
        /** A default no primary source confirmed: shown as unverified until the service sets it. */
        UNVERIFIED_DEFAULT,
        /** Set by the service, which answers for it. */
        SET_BY_SERVICE
    }
}
