package org.stepwise.contact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The therapy delivered at a contact (IDS202 CodeProcAndProcStatus, SNOMED CT; domain-reference §3.2 and §9.3).
 */
public enum Intervention {
    GUIDED_SELF_HELP_BOOK("748051000000105", "Guided self-help (book)", Intensity.LOW),
    NON_GUIDED_SELF_HELP_BOOK("748101000000105", "Non-guided self-help (book)", Intensity.LOW),
    GUIDED_SELF_HELP_COMPUTER("748041000000107", "Guided self-help (computerised)", Intensity.LOW),
    NON_GUIDED_SELF_HELP_COMPUTER("748091000000102", "Non-guided self-help (computerised)", Intensity.LOW),
    STRUCTURED_PHYSICAL_ACTIVITY("748061000000108", "Structured physical activity", Intensity.LOW),
    PSYCHOEDUCATIONAL_PEER_SUPPORT("702545008", "Psychoeducational peer support", Intensity.LOW),
    OTHER_LOW_INTENSITY("1026111000000108", "Other low-intensity intervention", Intensity.LOW),
    CBT("304891004", "Cognitive behavioural therapy", Intensity.HIGH),
    COUNSELLING_FOR_DEPRESSION("286711000000107", "Counselling for depression", Intensity.HIGH),
    IPT("443730003", "Interpersonal psychotherapy", Intensity.HIGH),
    EMDR("449030000", "Eye movement desensitisation and reprocessing", Intensity.HIGH),
    COUPLE_THERAPY("1129471000000105", "Couple therapy for depression", Intensity.HIGH),
    APPLIED_RELAXATION("1127281000000100", "Applied relaxation", Intensity.HIGH),
    COLLABORATIVE_CARE("842901000000108", "Collaborative care", Intensity.HIGH),
    MINDFULNESS("933221000000107", "Mindfulness", Intensity.HIGH),
    BRIEF_PSYCHODYNAMIC("314034001", "Brief psychodynamic psychotherapy", Intensity.HIGH),
    OTHER_HIGH_INTENSITY("1026131000000100", "Other high-intensity intervention", Intensity.HIGH),
    ANTENATAL_POSTNATAL_COUNSELLING("199314001", "Antenatal or postnatal counselling", Intensity.OTHER),
    EMPLOYMENT_SUPPORT("1098051000000103", "Employment support", Intensity.OTHER),
    SIGNPOSTING("975131000000104", "Signposting", Intensity.OTHER);

    /** Low intensity is step 2 work, high intensity step 3. */
    public enum Intensity { LOW, HIGH, OTHER }

    private final String snomed;
    private final String label;
    private final Intensity intensity;

    Intervention(String snomed, String label, Intensity intensity) {
        this.snomed = snomed;
        this.label = label;
        this.intensity = intensity;
    }

    public String snomed() {
        return snomed;
    }

    public String label() {
        return label;
    }

    public Intensity intensity() {
        return intensity;
    }

    public static Optional<Intervention> ofSnomed(String code) {
        return Arrays.stream(values()).filter(i -> i.snomed.equals(code)).findFirst();
    }

    public static List<Intervention> of(Intensity intensity) {
        return Arrays.stream(values()).filter(i -> i.intensity == intensity).toList();
    }
}
