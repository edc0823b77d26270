package org.stepwise.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.Role;

@IntegrationTest
class ServicesIT {

    @Autowired Fixtures fixtures;
    @Autowired Services services;

    @Test
    void aNewServiceStartsWithSensibleDefaults() {
        TestService s = fixtures.service();
        ServiceSettings settings = services.settings(s.id());
        assertThat(settings.allocatingRoles()).containsExactly(Role.ALLOCATOR);
        assertThat(settings.pwpCaseloadCap()).isEqualTo(40);
        assertThat(settings.traineeCapPercent()).isEqualTo(60);
        assertThat(settings.triageMode()).isEqualTo(TriageMode.PAPER_SCREENING);
        assertThat(settings.unallocatedResponsible()).isEqualTo(s.lead());
    }

    @Test
    @WithMockUser(roles = "SERVICE_LEAD")
    void aServiceLeadChangesSettingsAndAStaleChangeIsRefused() {
        TestService s = fixtures.service();
        ServiceSettingsChange change = new ServiceSettingsChange(EnumSet.of(Role.ALLOCATOR, Role.PWP),
                TriageMode.TRIAGE_APPOINTMENT, 35, 80, 20, WaitingListPolicy.LONGEST_ON_LIST_FIRST, s.supervisor(), 3, 0);

        services.change(s.id(), change, s.lead());

        ServiceSettings saved = services.settings(s.id());
        assertThat(saved.allocatingRoles()).containsExactlyInAnyOrder(Role.ALLOCATOR, Role.PWP);
        assertThat(saved.triageMode()).isEqualTo(TriageMode.TRIAGE_APPOINTMENT);
        assertThat(saved.pwpCaseloadCap()).isEqualTo(35);
        assertThat(saved.unallocatedResponsible()).isEqualTo(s.supervisor());
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> services.change(s.id(), change, s.lead())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(roles = "ALLOCATOR")
    void onlyAServiceLeadMayChangeSettings() {
        TestService s = fixtures.service();
        ServiceSettingsChange change = new ServiceSettingsChange(EnumSet.of(Role.ALLOCATOR),
                TriageMode.PAPER_SCREENING, 60, 60, 25, WaitingListPolicy.OLDEST_REFERRAL_FIRST, s.lead(), 2, 0);
        assertThatThrownBy(() -> services.change(s.id(), change, s.allocator()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(services.settings(s.id()).pwpCaseloadCap()).isEqualTo(40);
    }
}
