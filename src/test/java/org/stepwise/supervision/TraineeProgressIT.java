package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.StaffId;

@IntegrationTest
class TraineeProgressIT {

    @Autowired Fixtures fixtures;
    @Autowired TraineeProgress progress;
    @Autowired JdbcClient jdbc;

    @Test
    void theSupervisorSignsOffEachCompetencyOnceWithEvidenceAndRecordsTheReviews() {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tom Trainee");
        StaffId other = s.pwp("Owen Other");
        LocalDate today = LocalDate.now();

        assertThat(progress.competencies(s.id(), trainee)).hasSize(6).noneMatch(TraineeProgress.Competency::signedOff);
        progress.signOff(s.id(), s.supervisor(), trainee, "RISK", today, "Observed three risk assessments, all sound");
        assertThatThrownBy(() -> progress.signOff(s.id(), s.supervisor(), trainee, "RISK", today, "again"))
                .isInstanceOf(DomainException.class).hasMessageContaining("already signed off");
        assertThatThrownBy(() -> progress.signOff(s.id(), other, trainee, "VALUES", today, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.signOff(s.id(), s.supervisor(), trainee, "VALUES", today, " "))
                .hasMessageContaining("evidence");
        assertThatThrownBy(() -> progress.signOff(s.id(), s.supervisor(), other, "VALUES", today, "x"))
                .hasMessageContaining("not a trainee");
        progress.review(s.id(), s.supervisor(), trainee, "MID_YEAR", today, "On track; caseload building well");

        assertThat(progress.competencies(s.id(), trainee)).filteredOn(c -> c.code().equals("RISK")).singleElement()
                .satisfies(c -> {
                    assertThat(c.signedBy()).isEqualTo("Sam Supervisor");
                    assertThat(c.evidence()).contains("three risk assessments");
                });
        assertThat(progress.reviews(s.id(), trainee)).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo("MID_YEAR"));
        assertThatThrownBy(() -> jdbc.sql("delete from competency_signoff where service_id = ?").param(s.id().value())
                .update()).isInstanceOf(DataAccessException.class);
    }
}
