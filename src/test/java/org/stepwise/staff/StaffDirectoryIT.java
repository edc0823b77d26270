package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
class StaffDirectoryIT {

    @Autowired Fixtures fixtures;
    @Autowired StaffDirectory directory;
    @Autowired UserDetailsService signIn;
    @Autowired PasswordEncoder passwords;

    @Test
    void storesRolesSupervisionAndTrainingAndFindsPractitionersByStep() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId trainee = s.trainee("Tom Trainee");
        StaffId hit = s.highIntensity("Hana Hughes");

        Staff t = directory.get(s.id(), trainee);
        assertThat(t.trainee()).isTrue();
        assertThat(t.supervisorId()).isEqualTo(s.supervisor());
        assertThat(directory.get(s.id(), s.supervisor()).supervisorTrained()).isTrue();
        assertThat(directory.practitionersAtStep(s.id(), 2)).extracting(Staff::id)
                .contains(pwp, trainee, s.supervisor()).doesNotContain(hit);
        assertThat(directory.practitionersAtStep(s.id(), 3)).extracting(Staff::id).containsExactly(hit);
        assertThat(directory.supervisees(s.id(), s.supervisor())).extracting(Staff::id)
                .containsExactlyInAnyOrder(pwp, trainee, hit);
    }

    @Test
    void onlySomeoneWithSupervisorTrainingMaySuperviseAPwp() {
        TestService s = fixtures.service();
        StaffId untrained = s.member("Una Trained", EnumSet.of(Role.SUPERVISOR));
        assertThatThrownBy(() -> directory.add(s.id(), new NewStaff(s.tag() + "-new", "New Pwp", null,
                Fixtures.PASSWORD, EnumSet.of(Role.PWP), false, untrained, null), true, s.lead()))
                .isInstanceOf(DomainException.class).hasMessageContaining("no supervisor training");
    }

    @Test
    void anAccountIsRefusedAPasswordThatBreaksThePasswordRules() {
        TestService s = fixtures.service();
        assertThatThrownBy(() -> directory.add(s.id(), new NewStaff(s.tag() + "-short", "Short Password", null,
                "elevenchars", EnumSet.of(Role.PWP), false, null, null), true, s.lead()))
                .isInstanceOf(DomainException.class).hasMessageContaining("12 characters or more");
        assertThatThrownBy(() -> directory.add(s.id(), new NewStaff(s.tag() + "-common", "Common Password", null,
                "Qwerty123456", EnumSet.of(Role.PWP), false, null, null), true, s.lead()))
                .isInstanceOf(DomainException.class).hasMessageContaining("most commonly used");
        assertThatThrownBy(() -> directory.add(s.id(), new NewStaff(s.tag() + "-named", "Named Password", null,
                "my name is " + s.tag() + "-named", EnumSet.of(Role.PWP), false, null, null), true, s.lead()))
                .isInstanceOf(DomainException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> directory.add(s.id(), new NewStaff(s.tag() + "-service", "Service Password", null,
                "I work with STEPWISE daily", EnumSet.of(Role.PWP), false, null, null), true, s.lead()))
                .isInstanceOf(DomainException.class).hasMessageContaining("name of the service");
    }

    @Test
    void passwordsAreStoredAsSaltedHashesAndSignInFindsTheServiceAndRoles() {
        TestService s = fixtures.service();
        SignedInStaff me = (SignedInStaff) signIn.loadUserByUsername(s.allocatorUsername().toUpperCase());
        assertThat(me.serviceId()).isEqualTo(s.id());
        assertThat(me.roles()).containsExactly(Role.ALLOCATOR);
        assertThat(me.getPassword()).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
        assertThat(passwords.matches(Fixtures.PASSWORD, me.getPassword())).isTrue();
        assertThatThrownBy(() -> signIn.loadUserByUsername("nobody-" + s.tag()))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
