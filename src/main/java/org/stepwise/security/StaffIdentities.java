package org.stepwise.security;

import java.util.Optional;

/**
 * Finds the member of staff an identity provider's stable identifier is linked to. The staff module
 * answers this, since it owns staff records; roles always come from Stepwise, never from the token.
 */
public interface StaffIdentities {

    Optional<SignedInStaff> byOrganisationIdentity(String identity);
}
