package org.stepwise.measures;

import static org.stepwise.measures.DefinitionBuilder.define;
import static org.stepwise.measures.DefinitionBuilder.number;
import static org.stepwise.measures.DefinitionValue.Provenance.SOURCED;
import static org.stepwise.measures.DefinitionValue.Provenance.UNVERIFIED_DEFAULT;

import java.util.List;

/**
 * The anxiety disorder specific measures (ADSMs), domain-reference §1.2 and §8. The official IAPT cut-offs and
 * reliable-change values for most ADSMs were not found in a primary source: they ship as defaults marked
 * {@code UNVERIFIED_DEFAULT}, which a service replaces once it has checked them against the NHS Talking Therapies
 * Manual appendix.
 */
final class AnxietyDisorderMeasures {

    private static final String NOT_SHIPPED = " Copyrighted: structure and scoring only; the service supplies the "
            + "wording from its own licensed copy.";

    // PCL-5 standard form (Weathers et al. 2013, National Center for PTSD), in item order.
    private static final List<String> PCL5_WORDING = List.of(
            "Repeated, disturbing, and unwanted memories of the stressful experience?",
            "Repeated, disturbing dreams of the stressful experience?",
            "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were "
                    + "actually back there reliving it)?",
            "Feeling very upset when something reminded you of the stressful experience?",
            "Having strong physical reactions when something reminded you of the stressful experience (for example, "
                    + "heart pounding, trouble breathing, sweating)?",
            "Avoiding memories, thoughts, or feelings related to the stressful experience?",
            "Avoiding external reminders of the stressful experience (for example, people, places, conversations, "
                    + "activities, objects, or situations)?",
            "Trouble remembering important parts of the stressful experience?",
            "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts "
                    + "such as: I am bad, there is something seriously wrong with me, no one can be trusted, the "
                    + "world is completely dangerous)?",
            "Blaming yourself or someone else for the stressful experience or what happened after it?",
            "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
            "Loss of interest in activities that you used to enjoy?",
            "Feeling distant or cut off from other people?",
            "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving "
                    + "feelings for people close to you)?",
            "Irritable behavior, angry outbursts, or acting aggressively?",
            "Taking too many risks or doing things that could cause you harm?",
            "Being “superalert” or watchful or on guard?",
            "Feeling jumpy or easily startled?",
            "Having difficulty concentrating?",
            "Trouble falling or staying asleep?");

    private AnxietyDisorderMeasures() {
    }

    /** Mobility Inventory, one of its two scales: 27 situations rated 1-5, scored as the mean (datadictionary.nhs.uk). */
    private static DefinitionBuilder mobilityInventory(InstrumentCode code, String scale) {
        return define(code, "Mobility Inventory for Agoraphobia – " + scale)
                .items(27, 1, 5, null, null)
                .itemNoun("situation")
                .scoredAsMean()
                // "Scale invalid if more than 5 items skipped": the mean is taken over the answered items.
                .missingAnswers(new MissingAnswerRule.MeanSubstitution(5), SOURCED)
                .licence(false, "Chambless et al. 1985." + NOT_SHIPPED);
    }

    static InstrumentDefinition mobilityInventoryAlone() {
        return mobilityInventory(InstrumentCode.MI_ALONE, "avoidance when alone")
                // datadictionary.nhs.uk: cut-off "above an item average of 2.3".
                .caseness(new CasenessRule.MeanAbove(number("2.3")), SOURCED)
                .reliableChange("0.73", UNVERIFIED_DEFAULT)
                .build();
    }

    static InstrumentDefinition mobilityInventoryAccompanied() {
        // No cut-off or reliable change is given for this scale: NHS England pairs only the "alone" scale
        // (ADSM flag AgoraAlone), so this one is recorded but never used for outcomes.
        return mobilityInventory(InstrumentCode.MI_ACCOMPANIED, "avoidance when accompanied")
                .reliableChange(null, SOURCED)
                .build();
    }

    static InstrumentDefinition spin() {
        return define(InstrumentCode.SPIN, "Social Phobia Inventory (SPIN)")
                .items(17, 0, 4, null, null)
                // Connor et al. 2000 cut-off 19; the IAPT value (>= 19) and reliable change 10 are unverified.
                .caseness(new CasenessRule.TotalAtLeast(number("19")), UNVERIFIED_DEFAULT)
                .reliableChange("10", UNVERIFIED_DEFAULT)
                .licence(false, "Connor et al. 2000." + NOT_SHIPPED)
                .build();
    }

    static InstrumentDefinition pdss() {
        return define(InstrumentCode.PDSS, "Panic Disorder Severity Scale, self-report (PDSS-SR)")
                .items(7, 0, 4, null, null)
                .caseness(new CasenessRule.TotalAtLeast(number("8")), UNVERIFIED_DEFAULT)
                .reliableChange("5", UNVERIFIED_DEFAULT)
                .licence(false, "Shear et al. 1997." + NOT_SHIPPED)
                .build();
    }

    static InstrumentDefinition ociR() {
        return define(InstrumentCode.OCI_R, "Obsessive-Compulsive Inventory – Revised (OCI-R)")
                .items(18, 0, 4, null, null)
                // The NHS Data Dictionary rule (1-2 missing items take the mean of the others, more are not
                // scoreable) is written for the 42-item OCI; applying it to the OCI-R is our reading, so unverified.
                .missingAnswers(new MissingAnswerRule.MeanSubstitution(2), UNVERIFIED_DEFAULT)
                // Veale et al. 2016 (IAPT sample): caseness >= 17, reliable change 13. Foa et al. 2002 gives 21.
                // The official IAPT values are unverified.
                .caseness(new CasenessRule.TotalAtLeast(number("17")), UNVERIFIED_DEFAULT)
                .reliableChange("13", UNVERIFIED_DEFAULT)
                .licence(false, "Foa et al. 2002." + NOT_SHIPPED)
                .build();
    }

    static InstrumentDefinition pcl5() {
        return define(InstrumentCode.PCL5, "PTSD Checklist for DSM-5 (PCL-5)")
                .items(20, 0, 4, PCL5_WORDING, null)
                // Literature 31-33 (IAPT >= 32 unverified); "change of 10+ points represents reliable change"
                // (formulatetools.co.uk; National Center for PTSD), but the IAPT value itself is unverified.
                .caseness(new CasenessRule.TotalAtLeast(number("32")), UNVERIFIED_DEFAULT)
                .reliableChange("10", UNVERIFIED_DEFAULT)
                .licence(true, "A work of the US Government (Weathers et al. 2013, National Center for PTSD, "
                        + "ptsd.va.gov): public domain, as recorded in CamCOPS docs/source/tasks/pcl5.rst. Wording "
                        + "from the PCL-5 standard form.")
                .build();
    }

    static InstrumentDefinition iesR() {
        return define(InstrumentCode.IES_R, "Impact of Event Scale – Revised (IES-R)")
                .items(22, 0, 4, null, null)
                .caseness(new CasenessRule.TotalAtLeast(number("33")), UNVERIFIED_DEFAULT)
                .reliableChange("9", UNVERIFIED_DEFAULT)
                .licence(false, "Weiss & Marmar 1997." + NOT_SHIPPED)
                .build();
    }

    static InstrumentDefinition healthAnxietyInventory() {
        // The 14 main items of the short week version (0-3 each, total 0-42); the 4 "awfulness" items are scored
        // separately and are not part of this total (KCL CADAT, Salkovskis et al. 2002).
        return define(InstrumentCode.HAI, "Health Anxiety Inventory – short week version (HAI)")
                .items(14, 0, 3, null, null)
                .caseness(new CasenessRule.TotalAtLeast(number("18")), UNVERIFIED_DEFAULT)
                .reliableChange("4", UNVERIFIED_DEFAULT)
                .licence(false, "Salkovskis et al. 2002." + NOT_SHIPPED)
                .build();
    }
}
