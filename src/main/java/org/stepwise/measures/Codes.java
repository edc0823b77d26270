package org.stepwise.measures;

/**
 * Interoperability codes for a questionnaire (domain-reference §3.2–§3.3). Any of them may be null where no code was
 * confirmed; item LOINC codes live on {@link Item}.
 *
 * @param loincPanel  LOINC code of the whole questionnaire (FHIR Questionnaire.code)
 * @param loincTotal  LOINC code of the total score (FHIR Observation.code)
 * @param snomedTotal SNOMED CT code of the total score (national data set CodedAssToolType)
 */
public record Codes(String loincPanel, String loincTotal, String snomedTotal) {

    public static Codes none() {
        return new Codes(null, null, null);
    }
}
