package org.stepwise.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * Provisional diagnoses a talking-therapies referral is usually given (ICD-10, with SNOMED for
 * body dysmorphic disorder), as NHS England groups presenting complaints (domain-reference §1.2).
 */
public enum ProblemDescriptor {
    DEPRESSIVE_EPISODE("F32", "Depressive episode"),
    RECURRENT_DEPRESSION("F33", "Recurrent depressive disorder"),
    AGORAPHOBIA("F40.0", "Agoraphobia"),
    SOCIAL_PHOBIA("F40.1", "Social phobia (social anxiety)"),
    SPECIFIC_PHOBIA("F40.2", "Specific (isolated) phobia"),
    PANIC_DISORDER("F41.0", "Panic disorder"),
    GENERALISED_ANXIETY("F41.1", "Generalised anxiety disorder"),
    MIXED_ANXIETY_DEPRESSION("F41.2", "Mixed anxiety and depressive disorder"),
    OCD("F42", "Obsessive-compulsive disorder"),
    PTSD("F43.1", "Post-traumatic stress disorder"),
    ADJUSTMENT("F43.2", "Adjustment disorder"),
    HEALTH_ANXIETY("F45.2", "Hypochondriacal disorder (health anxiety)"),
    BODY_DYSMORPHIC("83482000", "Body dysmorphic disorder");

    private final String code;
    private final String label;

    ProblemDescriptor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ProblemDescriptor> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    /** "F41.1 Generalised anxiety disorder", or the bare code if it is not one of ours. */
    public static String describe(String code) {
        return code == null ? "Not yet recorded" : ofCode(code).map(d -> d.code + " " + d.label).orElse(code);
    }
}
