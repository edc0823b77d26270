package org.stepwise.staff;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.SignInNeeds;
import org.stepwise.security.SignedInStaff;
import org.stepwise.security.StaffIdentities;

/**
 * Looks staff up for signing in: by user name for a local sign-in, by the identity provider's
 * identifier for an organisation sign-in. Also stores a password's stronger hash when Spring Security
 * upgrades an old one after a successful sign-in.
 */
@Component
class StaffSignIn implements UserDetailsService, UserDetailsPasswordService, StaffIdentities {

    private static final String SELECT = "select s.service_id, s.id, s.username, s.full_name, s.roles, s.trainee,"
            + " s.supervisor_id, s.supervisor_training_date, s.enabled, s.password_hash, s.must_change_password,"
            + " s.totp_confirmed_at is not null as two_step_set_up, coalesce(p.two_step_required, false) as two_step_required"
            + " from staff s left join sign_in_policy p on p.service_id = s.service_id";

    private final JdbcClient jdbc;

    StaffSignIn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return find("lower(s.username) = lower(?)", username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedInStaff> byOrganisationIdentity(String identity) {
        return find("s.oidc_subject = ?", identity);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        SignedInStaff staff = (SignedInStaff) user;
        jdbc.sql("update staff set password_hash = ? where service_id = ? and id = ?")
                .params(newHash, staff.serviceId().value(), staff.staffId().value())
                .update();
        return user;
    }

    private Optional<SignedInStaff> find(String condition, String value) {
        return jdbc.sql(SELECT + " where " + condition)
                .param(value)
                .query((rs, row) -> new SignInRecord(StaffDirectory.map(rs, row), rs.getString("password_hash"),
                        new SignInNeeds(rs.getBoolean("must_change_password"), rs.getBoolean("two_step_set_up"),
                                rs.getBoolean("two_step_required"))))
                .optional()
                .map(StaffSignIn::signedIn);
    }

    private static SignedInStaff signedIn(SignInRecord record) {
        Staff s = record.staff();
        return new SignedInStaff(s.serviceId(), s.id(), s.username(), s.fullName(), s.roles(), s.trainee(),
                s.enabled(), record.passwordHash(), record.needs());
    }
}
