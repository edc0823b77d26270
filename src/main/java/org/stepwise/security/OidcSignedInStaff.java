package org.stepwise.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A member of staff signed in through the identity provider: the same person, with the provider's token. */
final class OidcSignedInStaff extends SignedInStaff implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcSignedInStaff(SignedInStaff staff, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(staff);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
