package org.stepwise.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.web.FormErrors;

class PatientFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String PRACTICE = GpPracticeId.random().toString();

    @Test
    void acceptsACompleteFormAndTidiesIt() {
        FormErrors errors = new FormErrors();
        var details = form("943 476 5919", "  Ada ", "Lovelace", "10", "12", "1985", "ls1 4ap").validate(TODAY, errors);
        assertThat(errors.all()).isEmpty();
        assertThat(details).hasValueSatisfying(d -> {
            assertThat(d.nhsNumber().digits()).isEqualTo("9434765919");
            assertThat(d.givenName()).isEqualTo("Ada");
            assertThat(d.postcode()).isEqualTo("LS1 4AP");
        });
    }

    @Test
    void namesEveryProblemAndSavesNothing() {
        FormErrors errors = new FormErrors();
        var details = new PatientForm("123", "", "", "", "", "", "Q", "", "", "NOT A CODE", "12", "nobody", "Q", null)
                .validate(TODAY, errors);
        assertThat(details).isEmpty();
        assertThat(errors.all()).containsKeys("nhsNumber", "givenName", "familyName", "dobDay", "gender", "gpPractice",
                "postcode", "phone", "email");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        FormErrors errors = new FormErrors();
        form("9434765919", "Ada", "Lovelace", "27", "11", "2026", "").validate(TODAY, errors);
        assertThat(errors.get("dobDay")).isEqualTo("Date of birth must be today or in the past");
    }

    @Test
    void acceptsABirthDateOfToday() {
        FormErrors errors = new FormErrors();
        form("9434765919", "Ada", "Lovelace", "26", "11", "2026", "").validate(TODAY, errors);
        assertThat(errors.has("dobDay")).isFalse();
    }

    @Test
    void ethnicCategoryIsOptionalButMustBeANationalCode() {
        PatientForm base = form("9434765919", "Ada", "Lovelace", "27", "3", "1985", "");
        for (String code : new String[] {"", "A", "S", "Z", "99"}) {
            FormErrors errors = new FormErrors();
            var details = withEthnicity(base, code).validate(TODAY, errors);
            assertThat(errors.isEmpty()).as(code).isTrue();
            assertThat(details.orElseThrow().ethnicCategory()).as(code).isEqualTo(EthnicCategory.ofCode(code));
        }
        for (String code : new String[] {"I", "O", "T", "9", "a"}) {
            FormErrors errors = new FormErrors();
            assertThat(withEthnicity(base, code).validate(TODAY, errors)).as(code).isEmpty();
            assertThat(errors.get("ethnicCategory")).isEqualTo("Select the patient's ethnic group from the list");
        }
    }

    static PatientForm withEthnicity(PatientForm f, String code) {
        return new PatientForm(f.nhsNumber(), f.givenName(), f.familyName(), f.dobDay(), f.dobMonth(), f.dobYear(),
                f.gender(), f.gpPractice(), f.address(), f.postcode(), f.phone(), f.email(), code, f.version());
    }

    static PatientForm form(String nhs, String given, String family, String d, String m, String y, String postcode) {
        return new PatientForm(nhs, given, family, d, m, y, "2", PRACTICE, "", postcode, "", "", "", null);
    }
}
