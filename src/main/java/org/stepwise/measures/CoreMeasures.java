package org.stepwise.measures;

import static org.stepwise.measures.DefinitionBuilder.define;
import static org.stepwise.measures.DefinitionBuilder.number;
import static org.stepwise.measures.DefinitionValue.Provenance.SOURCED;
import static org.stepwise.measures.DefinitionValue.Provenance.UNVERIFIED_DEFAULT;

import java.util.List;

/**
 * The measures collected at every session: PHQ-9, GAD-7, WSAS and the IAPT phobia scales (domain-reference §1.1).
 * Facts and their sources sit side by side so a clinical reviewer can check each one.
 */
final class CoreMeasures {

    private static final String PFIZER = "Pfizer Inc.: \"no permission required to reproduce, translate, display or "
            + "distribute\" (phqscreeners.com, quoted in CamCOPS docs/source/tasks/phq9.rst). Wording shipped.";

    private CoreMeasures() {
    }

    // Wording of the Pfizer PHQ-9 form (Kroenke, Spitzer & Williams 2001), in item order.
    private static final List<String> PHQ9_WORDING = List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety "
                    + "or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way");

    // domain-reference §3.3, in item order; item 9 = 44260-8.
    private static final List<String> PHQ9_LOINC = List.of(
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8");

    // Wording of the GAD-7 (Spitzer et al. 2006) as carried by the LOINC 69737-5 panel, in item order.
    private static final List<String> GAD7_WORDING = List.of(
            "Feeling nervous, anxious or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid as if something awful might happen");

    private static final List<String> GAD7_LOINC = List.of(
            "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");

    // patient.info/doctor/iapt-phobia-scale, reproducing the IAPT toolkit. Answers: 0 would not avoid it,
    // 2 slightly, 4 definitely, 6 markedly, 8 always avoid it; odd numbers allowed.
    private static final List<String> PHOBIA_WORDING = List.of(
            "Social situations due to a fear of being embarrassed or making a fool of myself",
            "Certain situations because of a fear of having a panic attack or other distressing symptoms (such as "
                    + "loss of bladder control, vomiting or dizziness)",
            "Certain situations because of a fear of particular objects or activities (such as animals, heights, "
                    + "seeing blood, being in confined spaces, driving or flying)");

    static InstrumentDefinition phq9() {
        return define(InstrumentCode.PHQ9, "Patient Health Questionnaire (PHQ-9)")
                .items(9, 0, 3, PHQ9_WORDING, PHQ9_LOINC)
                // PMC8411661 table 1: "scores of 10 or above indicate clinical caseness"; reduction of 6 or more is
                // reliable improvement (NHS Digital 2016). Deterioration is the mirror: a rise of 6 or more.
                .caseness(new CasenessRule.TotalAtLeast(number("10")), SOURCED)
                .reliableChange("6", SOURCED)
                // NHS England dashboard bands (Talking-Therapies: IET Dashboard/Monthly/Step 1 - IET (M).sql).
                .bands(new SeverityBand(0, 4, "None or minimal"), new SeverityBand(5, 9, "Mild"),
                        new SeverityBand(10, 14, "Moderate"), new SeverityBand(15, 19, "Moderately severe"),
                        new SeverityBand(20, 27, "Severe"))
                // Any answer above 0 on item 9 needs a recorded risk review (domain-reference §1.1).
                .riskItem(9)
                .codes(new Codes("44249-1", "44261-6", "720433000"))
                .licence(true, PFIZER)
                .build();
    }

    static InstrumentDefinition gad7() {
        return define(InstrumentCode.GAD7, "Generalised Anxiety Disorder Assessment (GAD-7)")
                .items(7, 0, 3, GAD7_WORDING, GAD7_LOINC)
                // PMC8411661 table 1 and IAPT-rule research code: caseness GAD >= 8, reliable change 4.
                .caseness(new CasenessRule.TotalAtLeast(number("8")), SOURCED)
                .reliableChange("4", SOURCED)
                .bands(new SeverityBand(0, 4, "Minimal"), new SeverityBand(5, 9, "Mild"),
                        new SeverityBand(10, 14, "Moderate"), new SeverityBand(15, 21, "Severe"))
                .codes(new Codes("69737-5", "70274-6", "445455005"))
                .licence(true, PFIZER + " Punctuation follows Spitzer et al. 2006 as coded by LOINC.")
                .build();
    }

    static InstrumentDefinition wsas() {
        // Items: work, home management, social leisure, private leisure, close relationships; 0-8 each; total 0-40.
        // The work item may be "not applicable" (retired by choice); the reference gives no rule for scoring without
        // it, so until a service sets one every item is required.
        return define(InstrumentCode.WSAS, "Work and Social Adjustment Scale (WSAS)")
                .items(5, 0, 8, null, null)
                .caseness(new CasenessRule.NotACasenessMeasure(), SOURCED)
                // "none used for recovery (unverified)".
                .reliableChange(null, UNVERIFIED_DEFAULT)
                // Mundt et al. 2002: <10 subclinical, 10-20 significant impairment, >20 moderately severe or worse.
                .bands(new SeverityBand(0, 9, "Subclinical"), new SeverityBand(10, 20, "Significant impairment"),
                        new SeverityBand(21, 40, "Moderately severe impairment or worse"))
                .licence(false, "Mundt et al. 2002. No terms found that let Stepwise redistribute the wording: "
                        + "structure and scoring only; the service supplies wording from its own copy.")
                .build();
    }

    static InstrumentDefinition phobiaScales() {
        return define(InstrumentCode.PHOBIA_SCALES, "IAPT Phobia Scales")
                .items(3, 0, 8, PHOBIA_WORDING, null)
                // IAPT Data Handbook via goodmedicine.org.uk: a score of 4 or more on any scale is clinical caseness.
                // The total (0-24) is "for interest" only.
                .caseness(new CasenessRule.AnyItemAtLeast(number("4")), SOURCED)
                .reliableChange(null, SOURCED)
                .licence(true, "Crown copyright (IAPT Outcomes Toolkit). patient.info/doctor/iapt-phobia-scale "
                        + "reproduces the scales \"under the terms of the Open Government Licence\". OGL v3 lets "
                        + "anyone copy, publish, distribute and adapt the information, commercially or not, with "
                        + "attribution; it excludes third-party rights, and none was found for these three items. "
                        + "Wording shipped; show with: \"Contains public sector information licensed under the Open "
                        + "Government Licence v3.0.\"")
                .build();
    }
}
