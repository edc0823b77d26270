package org.stepwise.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an identity provider's issuer is set; the setting is present but empty by default. */
final class OidcConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String issuer = context.getEnvironment().getProperty("stepwise.oidc.issuer-uri", "");
        return !issuer.isBlank();
    }
}
