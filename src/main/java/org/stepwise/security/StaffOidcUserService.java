package org.stepwise.security;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the identity provider vouched for into a member of staff: by the configured stable
 * claim only (never by name or email, which change and repeat), with roles from Stepwise.
 */
final class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final StaffIdentities identities;
    private final String subjectClaim;

    StaffOidcUserService(StaffIdentities identities, String subjectClaim) {
        this.identities = identities;
        this.subjectClaim = subjectClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        Object claim = vouched.getClaims().get(subjectClaim);
        if (claim == null || claim.toString().isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("stepwise_missing_claim"),
                    "The identity provider sent no " + subjectClaim + " claim");
        }
        String identity = claim.toString();
        SignedInStaff staff = identities.byOrganisationIdentity(identity)
                .orElseThrow(() -> new UnrecognisedIdentityException(identity));
        if (!staff.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        return new OidcSignedInStaff(staff, vouched.getIdToken(), vouched.getUserInfo());
    }
}
