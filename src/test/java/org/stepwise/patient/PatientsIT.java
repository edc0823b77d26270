package org.stepwise.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;

@IntegrationTest
class PatientsIT {

    @Autowired Fixtures fixtures;
    @Autowired Patients patients;

    @Test
    void registersAndReadsBackEveryDetail() {
        TestService s = fixtures.service();
        NhsNumber nhs = Fixtures.nextNhsNumber();
        PatientId id = patients.register(s.id(), details(nhs, "Ada", "Lovelace", s.gp()), s.lead());

        Patient p = patients.get(s.id(), id);
        assertThat(p.nhsNumber()).isEqualTo(nhs);
        assertThat(p.fullName()).isEqualTo("Ada Lovelace");
        assertThat(p.gpPracticeName()).startsWith("Test Surgery");
        assertThat(p.postcode()).isEqualTo("LS1 4AP");
        assertThat(p.ethnicCategory()).isEqualTo(EthnicCategory.N);
        assertThat(patients.findByNhsNumber(s.id(), nhs)).contains(p);
        PatientDetails asked = details(nhs, "Ada", "Lovelace", s.gp());
        patients.correct(s.id(), id, new PatientDetails(asked.nhsNumber(), asked.givenName(), asked.familyName(),
                asked.dateOfBirth(), asked.gender(), asked.gpPracticeId(), asked.address(), asked.postcode(),
                asked.phone(), asked.email(), EthnicCategory.Z), p.version(), s.lead());
        assertThat(patients.get(s.id(), id).ethnicCategory()).isEqualTo(EthnicCategory.Z);
    }

    @Test
    void offersTheExistingPatientInsteadOfRegisteringADuplicate() {
        TestService s = fixtures.service();
        NhsNumber nhs = Fixtures.nextNhsNumber();
        PatientId first = patients.register(s.id(), details(nhs, "Ada", "Lovelace", s.gp()), s.lead());

        assertThatThrownBy(() -> patients.register(s.id(), details(nhs, "Augusta", "King", s.gp()), s.lead()))
                .isInstanceOfSatisfying(DuplicatePatientException.class,
                        e -> assertThat(e.existing().id()).isEqualTo(first));
        assertThat(patients.searchByName(s.id(), "King", null)).isEmpty();
    }

    @Test
    void theSameNhsNumberInAnotherServiceIsAnotherServicesBusiness() {
        TestService a = fixtures.service();
        TestService b = fixtures.service();
        NhsNumber nhs = Fixtures.nextNhsNumber();
        PatientId inA = patients.register(a.id(), details(nhs, "Ada", "Lovelace", a.gp()), a.lead());

        assertThat(patients.findByNhsNumber(b.id(), nhs)).isEmpty();
        assertThatThrownBy(() -> patients.get(b.id(), inA)).isInstanceOf(NotFoundException.class);
        assertThat(patients.searchByName(b.id(), "Lovelace", null)).isEmpty();
    }

    @Test
    void refusesAGpPracticeFromAnotherService() {
        TestService a = fixtures.service();
        TestService b = fixtures.service();
        assertThatThrownBy(() -> patients.register(a.id(), details(Fixtures.nextNhsNumber(), "Ada", "Lovelace", b.gp()),
                a.lead())).isInstanceOf(DomainException.class).hasMessageContaining("GP practice");
    }

    @Test
    void searchesByNamePrefixAndDateOfBirthWithoutWildcardTricks() {
        TestService s = fixtures.service();
        patients.register(s.id(), details(Fixtures.nextNhsNumber(), "Ada", "Lovelace", s.gp()), s.lead());
        patients.register(s.id(), details(Fixtures.nextNhsNumber(), "Grace", "Lovell", s.gp()), s.lead());

        assertThat(patients.searchByName(s.id(), "love", null)).extracting(Patient::familyName)
                .containsExactly("Lovelace", "Lovell");
        assertThat(patients.searchByName(s.id(), "LOVEL", LocalDate.of(1985, 3, 27))).hasSize(2);
        assertThat(patients.searchByName(s.id(), "Love", LocalDate.of(1990, 1, 1))).isEmpty();
        assertThat(patients.searchByName(s.id(), "%", null)).isEmpty();
        assertThat(patients.searchByName(s.id(), "_ove", null)).isEmpty();
    }

    @Test
    void aCorrectionBasedOnAStaleVersionIsRefusedAndTheFirstKept() {
        TestService s = fixtures.service();
        NhsNumber nhs = Fixtures.nextNhsNumber();
        PatientId id = patients.register(s.id(), details(nhs, "Ada", "Lovelace", s.gp()), s.lead());

        patients.correct(s.id(), id, details(nhs, "Ada", "Byron", s.gp()), 0, s.lead());
        assertThatThrownBy(() -> patients.correct(s.id(), id, details(nhs, "Ada", "King", s.gp()), 0, s.allocator()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(patients.get(s.id(), id).familyName()).isEqualTo("Byron");
        assertThat(patients.get(s.id(), id).version()).isEqualTo(1);
    }

    @Test
    void aCorrectionCannotTakeAnotherPatientsNhsNumber() {
        TestService s = fixtures.service();
        NhsNumber taken = Fixtures.nextNhsNumber();
        patients.register(s.id(), details(taken, "Ada", "Lovelace", s.gp()), s.lead());
        PatientId other = patients.register(s.id(), details(Fixtures.nextNhsNumber(), "Grace", "Hopper", s.gp()),
                s.lead());

        assertThatThrownBy(() -> patients.correct(s.id(), other, details(taken, "Grace", "Hopper", s.gp()), 0, s.lead()))
                .isInstanceOf(DuplicatePatientException.class);
    }

    static PatientDetails details(NhsNumber nhs, String given, String family, GpPracticeId gp) {
        return new PatientDetails(nhs, given, family, LocalDate.of(1985, 3, 27), Gender.FEMALE, gp, "1 High Street",
                "LS1 4AP", "01632 960001", null, EthnicCategory.N);
    }
}
