package org.stepwise.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.stepwise.security.SignedInStaff;


/** Looks staff up by user name for a local sign-in. */
@Component
class StaffSignIn implements UserDetailsService {

    private final StaffDirectory directory;

    StaffSignIn(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory.signInRecord(username)
                .map(record -> {
                    Staff s = record.staff();
                    return new SignedInStaff(s.serviceId(), s.id(), s.username(), s.fullName(), s.roles(),
                            s.trainee(), s.enabled(), record.passwordHash());
                })
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
