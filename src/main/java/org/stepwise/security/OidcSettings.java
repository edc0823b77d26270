package org.stepwise.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's OpenID Connect identity provider (stepwise.oidc.*), such as NHS CIS2 or Microsoft
 * Entra ID. Without an issuer, Stepwise offers local accounts only.
 *
 * @param subjectClaim the claim that identifies a person stably and uniquely at that provider: "sub" by
 *                     default; "oid" suits Entra ID across several applications
 */
@ConfigurationProperties("stepwise.oidc")
public record OidcSettings(
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("sub") String subjectClaim,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("Sign in with your organisation account") String buttonLabel) {
}
