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

/**
 * The person at the screen: who they are, which service they work in, and their roles. Two sign-ins
 * of the same member of staff are equal, which is how their sessions are found to end them together.
 */
public class SignedInStaff implements UserDetails, CredentialsContainer {

    private final ServiceId serviceId;
    private final StaffId staffId;
    private final String username;
    private final String fullName;
    private final Set<Role> roles;
    private final boolean trainee;
    private final boolean enabled;
    private final SignInNeeds needs;
    private String passwordHash;

    public SignedInStaff(ServiceId serviceId, StaffId staffId, String username, String fullName, Set<Role> roles,
                         boolean trainee, boolean enabled, String passwordHash) {
        this(serviceId, staffId, username, fullName, roles, trainee, enabled, passwordHash, SignInNeeds.NOTHING);
    }

    public SignedInStaff(ServiceId serviceId, StaffId staffId, String username, String fullName, Set<Role> roles,
                         boolean trainee, boolean enabled, String passwordHash, SignInNeeds needs) {
        this.serviceId = serviceId;
        this.staffId = staffId;
        this.username = username;
        this.fullName = fullName;
        this.roles = Set.copyOf(roles);
        this.trainee = trainee;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.needs = needs;
    }

    /** The same person, signed in another way (through their organisation's identity provider). */
    protected SignedInStaff(SignedInStaff other) {
        this(other.serviceId, other.staffId, other.username, other.fullName, other.roles, other.trainee,
                other.enabled, null, SignInNeeds.NOTHING);
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

    /** What must happen after the password before the person may use Stepwise. */
    public SignInNeeds needs() {
        return needs;
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
    public final boolean equals(Object other) {
        return other instanceof SignedInStaff that && staffId.equals(that.staffId);
    }

    @Override
    public final int hashCode() {
        return staffId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInStaff[" + staffId + "]";
    }
}
