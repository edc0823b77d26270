package org.stepwise.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** The person at the screen: who they are, which service they work in, and their roles. */
public final class SignedInStaff implements UserDetails, CredentialsContainer {

    private final ServiceId serviceId;
    private final StaffId staffId;
    private final String username;
    private final String fullName;
    private final Set<Role> roles;
    private final boolean trainee;
    private final boolean enabled;
    private String passwordHash;

    public SignedInStaff(ServiceId serviceId, StaffId staffId, String username, String fullName, Set<Role> roles,
                         boolean trainee, boolean enabled, String passwordHash) {
        this.serviceId = serviceId;
        this.staffId = staffId;
        this.username = username;
        this.fullName = fullName;
        this.roles = Set.copyOf(roles);
        this.trainee = trainee;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public ServiceId serviceId() {
        return serviceId;
    }

    public StaffId staffId() {
        return staffId;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean trainee() {
        return trainee;
    }

    public boolean treats() {
        return has(Role.PWP) || has(Role.HIGH_INTENSITY_THERAPIST);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInStaff[" + staffId + "]";
    }
}
