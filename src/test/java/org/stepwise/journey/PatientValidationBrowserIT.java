package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.TestService;

/** Registration refuses a second record for one person and NHS numbers that cannot be right, keeping what was typed. */
class PatientValidationBrowserIT extends BrowserJourney {

    private TestService service;

    @BeforeEach
    void signedInAllocator() {
        browser.reset(port);
        service = fixtures.service();
        browser.signIn(service.allocatorUsername(), Fixtures.PASSWORD);
    }

    @Test
    void aKnownNhsNumberPointsToTheExistingRecordInsteadOfMakingASecond() {
        String nhsNumber = Fixtures.nextNhsNumber().formatted();
        register(nhsNumber, "Ada", "Lovelace");
        assertThat(browser.path()).matches("/patients/[0-9a-f-]{36}");
        String existing = browser.path();

        register(nhsNumber, "Augusta", "King");

        assertThat(browser.path()).isEqualTo("/patients");
        assertThat(browser.pageText()).contains("There is a problem", "already registered");
        assertThat(browser.text("duplicate")).contains("Ada Lovelace", nhsNumber);
        browser.press("use-existing");
        assertThat(browser.path()).isEqualTo(existing);

        browser.follow("Find a patient");
        browser.type("nhsNumber", nhsNumber);
        browser.press("search");
        assertThat(browser.pageText()).contains("1 patient found", "LOVELACE, Ada").doesNotContain("KING, Augusta");
    }

    @Test
    void aWrongCheckDigitIsExplainedAndTheFormKeepsWhatWasTyped() {
        register("987 654 4321", "Mary", "Somerville");

        assertThat(browser.path()).isEqualTo("/patients");
        assertThat(browser.pageText()).contains("There is a problem");
        assertThat(browser.text("nhsNumber-error")).contains("check digit");
        assertThat(browser.value("nhsNumber")).isEqualTo("987 654 4321");
        assertThat(browser.value("givenName")).isEqualTo("Mary");
        assertThat(browser.value("familyName")).isEqualTo("Somerville");
        assertThat(browser.value("dobYear")).isEqualTo("1990");
        assertThat(browser.isPresent("duplicate")).isFalse();
    }

    @Test
    void allZerosPassesTheChecksumButIsRefused() {
        register("000 000 0000", "Mary", "Somerville");

        assertThat(browser.path()).isEqualTo("/patients");
        assertThat(browser.pageText()).contains("There is a problem");
        assertThat(browser.text("nhsNumber-error")).contains("cannot have been issued");
        assertThat(browser.value("nhsNumber")).isEqualTo("000 000 0000");
    }

    private void register(String nhsNumber, String given, String family) {
        browser.open("/patients/new");
        browser.type("nhsNumber", nhsNumber);
        browser.type("givenName", given);
        browser.type("familyName", family);
        browser.type("dobDay", "1");
        browser.type("dobMonth", "6");
        browser.type("dobYear", "1990");
        browser.choose("gender-2");
        browser.selectStartingWith("gpPractice", "Test Surgery " + service.tag());
        browser.press("save-patient");
    }
}
