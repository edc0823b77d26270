package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationRulesTest {

    static final ReportingMonth MARCH = new ReportingMonth(YearMonth.of(2026, 3));
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @ParameterizedTest(name = "NHS \"{0}\", gender \"{1}\", postcode \"{2}\": {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            9434765919 | 2    | LS1 4AP   | ''
            9434765919 | 1    | ls14ap    | ''
            9434765919 | 9    | ' SW1A 1AA ' | ''
            9434765919 | 2    | EC1A 1BB  | ''
            9434765919 | 2    | M1 1AE    | ''
            9434765919 | 2    | B33 8TH   | ''
            9434765919 | 2    | CR2 6XH   | ''
            9434765919 | 2    | DN55 1PT  | ''
            9876544321 | 2    | LS1 4AP   | NHS_NUMBER_INVALID
            9991234560 | 2    | LS1 4AP   | NHS_NUMBER_INVALID
            0000000000 | 2    | LS1 4AP   | NHS_NUMBER_INVALID
            943476591  | 2    | LS1 4AP   | NHS_NUMBER_INVALID
            null       | 2    | LS1 4AP   | NHS_NUMBER_INVALID
            9434765919 | X    | LS1 4AP   | GENDER_NOT_KNOWN
            9434765919 | null | LS1 4AP   | GENDER_NOT_KNOWN
            9434765919 | 2    | null      | POSTCODE_MISSING
            9434765919 | 2    | '   '     | POSTCODE_MISSING
            9434765919 | 2    | LS1       | POSTCODE_INVALID
            9434765919 | 2    | 1LS 4AP   | POSTCODE_INVALID
            9434765919 | 2    | LS1 4A    | POSTCODE_INVALID
            9434765919 | 2    | LS1 44P   | POSTCODE_INVALID
            9434765919 | 2    | ABC1 4AP  | POSTCODE_INVALID
            9876544321 | X    | null      | NHS_NUMBER_INVALID GENDER_NOT_KNOWN POSTCODE_MISSING
            """)
    void patientRules(String nhs, String gender, String postcode, String expected) {
        List<Finding> found = ValidationRules.check(new Facts.Patient(ID, nhs, gender, postcode, "A", "Ada Lovelace"));
        assertThat(found).extracting(f -> f.problem().name()).containsExactlyElementsOf(names(expected));
        assertThat(found).allSatisfy(f -> {
            assertThat(f.record()).isEqualTo(ID);
            assertThat(f.fixLink()).isEqualTo("/patients/" + ID + "/edit");
            assertThat(f.who()).isEqualTo("Ada Lovelace");
        });
    }

    @ParameterizedTest(name = "ethnic category {0}")
    @CsvSource(nullValues = "null", value = {"null, true", "'  ', true", "A, false", "S, false", "Z, false", "99, false"})
    void anEthnicCategoryNotYetAskedIsFound(String category, boolean found) {
        List<Finding> findings = ValidationRules.check(new Facts.Patient(ID, "9434765919", "2", "LS1 4AP", category,
                "Ada"));
        assertThat(findings).extracting(Finding::problem).containsExactlyElementsOf(
                found ? List.of(Problem.ETHNIC_CATEGORY_MISSING) : List.of());
    }

    @Test
    void anInvalidNhsNumberIsDescribedWithoutRepeatingIt() {
        Finding f = ValidationRules.check(new Facts.Patient(ID, "9876544321", "2", "LS1 4AP", "A", "Ada")).get(0);
        assertThat(f.detail()).doesNotContain("987").contains("Check digit");
        assertThat(ValidationRules.check(new Facts.Patient(ID, "12345", "2", "LS1 4AP", "A", "Ada")).get(0).detail())
                .isEqualTo("Not ten digits");
    }

    @ParameterizedTest(name = "{0} code \"{1}\" ended {2}, finished {3}, paired {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ALLOCATED    | null | null       | null  | null  | ''
            IN_TREATMENT | null | null       | null  | null  | ''
            DISCHARGED   | 46   | 2026-03-20 | true  | true  | ''
            DISCHARGED   | 46   | 2026-03-20 | false | false | ''
            CLOSED       | 10   | 2026-03-02 | false | false | ''
            DISCHARGED   | 46   | 2026-03-20 | true  | false | UNPAIRED_SCORES
            DISCHARGED   | 46   | 2026-03-01 | true  | false | UNPAIRED_SCORES
            DISCHARGED   | 46   | 2026-03-31 | true  | false | UNPAIRED_SCORES
            DISCHARGED   | 46   | 2026-02-28 | true  | false | ''
            DISCHARGED   | 46   | 2026-04-01 | true  | false | ''
            DISCHARGED   | 46   | 2026-03-20 | true  | null  | UNPAIRED_SCORES
            DISCHARGED   | 46   | 2026-03-20 | null  | null  | ''
            DISCHARGED   | 02   | 2026-03-20 | false | false | ENDING_CODE_MISSING
            CLOSED       | null | 2026-03-20 | false | false | ENDING_CODE_MISSING
            ALLOCATED    | null | 2026-03-20 | null  | null  | ENDING_CODE_MISSING
            DISCHARGED   | 46   | null       | true  | false | DISCHARGE_DATE_MISSING
            CLOSED       | 99   | null       | null  | null  | ENDING_CODE_MISSING DISCHARGE_DATE_MISSING
            """)
    void referralRules(String status, String code, LocalDate ended, Boolean finished, Boolean paired,
                       String expected) {
        List<Finding> found = ValidationRules.check(new Facts.Referral(ID, PATIENT, status, code, ended,
                LocalDate.of(2025, 12, 1), finished, paired, "Ada Lovelace"), MARCH);
        assertThat(found).extracting(f -> f.problem().name()).containsExactlyElementsOf(names(expected));
        assertThat(found).allSatisfy(f -> {
            assertThat(f.patient()).isEqualTo(PATIENT);
            assertThat(f.fixLink()).isEqualTo("/referrals/" + ID);
        });
    }

    @ParameterizedTest(name = "contact {0} type {1} attendance {2}, referral {3} to {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2026-03-10 | 02 | 5    | 2026-03-01 | null       | ''
            2026-03-01 | 01 | 5    | 2026-03-01 | null       | ''
            2026-03-10 | 02 | 5    | 2026-03-01 | 2026-03-10 | ''
            2026-03-11 | 06 | 5    | 2026-03-01 | 2026-03-10 | ''
            2026-03-11 | 06 | null | 2026-03-01 | 2026-03-10 | ATTENDANCE_MISSING
            2026-03-10 | 02 | null | 2026-03-01 | null       | ATTENDANCE_MISSING
            2026-02-28 | 01 | 5    | 2026-03-01 | null       | CONTACT_BEFORE_REFERRAL
            2026-02-28 | 01 | 3    | 2026-03-01 | null       | CONTACT_BEFORE_REFERRAL
            2026-02-28 | 01 | 2    | 2026-03-01 | null       | ''
            2026-03-11 | 02 | 5    | 2026-03-01 | 2026-03-10 | CONTACT_AFTER_DISCHARGE
            2026-03-11 | 10 | 7    | 2026-03-01 | 2026-03-10 | CONTACT_AFTER_DISCHARGE
            2026-03-11 | 02 | 4    | 2026-03-01 | 2026-03-10 | ''
            2026-03-11 | 02 | null | 2026-03-01 | 2026-03-10 | ATTENDANCE_MISSING CONTACT_AFTER_DISCHARGE
            2026-02-28 | 02 | null | 2026-03-01 | null       | ATTENDANCE_MISSING CONTACT_BEFORE_REFERRAL
            """)
    void contactRules(LocalDate day, String type, String attendance, LocalDate received, LocalDate ended,
                      String expected) {
        List<Finding> found = ValidationRules.check(new Facts.Contact(ID, PATIENT, day, type, attendance, received,
                ended, "Ada Lovelace"));
        assertThat(found).extracting(f -> f.problem().name()).containsExactlyElementsOf(names(expected));
    }

    @Test
    void eachContactProblemLinksToThePageThatFixesIt() {
        Facts.Contact unrecorded = new Facts.Contact(ID, PATIENT, LocalDate.of(2026, 3, 11), "02", null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "Ada");
        assertThat(ValidationRules.check(unrecorded)).extracting(Finding::fixLink)
                .containsExactly("/appointments/" + ID + "/outcome", "/appointments/" + ID);
    }

    @Test
    void everyProblemIsFoundOnTheRecordItsSourceScans() {
        assertThat(Problem.values()).allSatisfy(p -> assertThat(p.fixLink(ID)).contains(ID.toString()));
        assertThat(Problem.of("UNPAIRED_SCORES")).contains(Problem.UNPAIRED_SCORES);
        assertThat(Problem.of("unpaired_scores")).isEmpty();
        assertThat(Problem.of(null)).isEmpty();
    }

    private static List<String> names(String expected) {
        return expected.isBlank() ? List.of() : List.of(expected.trim().split("\\s+"));
    }
}
