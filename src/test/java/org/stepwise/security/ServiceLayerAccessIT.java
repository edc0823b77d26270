package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.patient.Patients;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** The policy holds in the services themselves, whatever route calls them. */
@IntegrationTest
class ServiceLayerAccessIT {

    @Autowired Fixtures fixtures;
    @Autowired ReferralService referrals;
    @Autowired Patients patients;
    @Autowired MeasureService measures;
    @Autowired StaffDirectory staff;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPractitionerWithoutARelationshipIsRefusedByTheServicesThemselves() {
        TestService s = fixtures.service();
        StaffId mine = s.pwp("Priya Patel");
        s.pwp("Owen Other");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(5));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), mine), null, s.allocator());

        signIn(s.username("Owen Other"));
        assertThatThrownBy(() -> referrals.get(s.id(), id)).isInstanceOf(RelationshipRequiredException.class);
        assertThatThrownBy(() -> measures.scores(s.id(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.record(s.id(), id, null, InstrumentCode.GAD7,
                Map.of(1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0), LocalDate.now(), mine))
                .isInstanceOf(AccessDeniedException.class);

        signIn(s.username("Priya Patel"));
        assertThat(referrals.get(s.id(), id).practitionerId()).isEqualTo(mine);
        assertThat(patients.get(s.id(), referrals.get(s.id(), id).patientId()).familyName()).isEqualTo("Lovelace");
    }

    @Test
    void aSignedInPersonCannotReachAnotherServiceEvenByPassingItsId() {
        TestService a = fixtures.service();
        TestService b = fixtures.service();
        ReferralId theirs = b.newReferral("Ada", "Lovelace", LocalDate.now());
        signIn(a.leadUsername());
        assertThatThrownBy(() -> referrals.get(b.id(), theirs)).isInstanceOf(NotFoundException.class);
    }

    private void signIn(String username) {
        var me = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
    }
}
