package org.stepwise.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.stepwise.shared.StaffId;

/**
 * Ends a member of staff's sessions: when their account is disabled, or their password or
 * authenticator changes. Ended sessions are refused on their next request and sent to sign in.
 *
 * <p>The registry lives in each instance's memory, like the servlet sessions it tracks, so with
 * several instances each ends the sessions it holds (sticky sessions put them all on one).
 */
@Component
public class StaffSessions {

    private final SessionRegistry registry;

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public int endAll(StaffId staff) {
        return end(staff, null);
    }

    /** Every session but the one in use, for a change the person made themselves. */
    public int endOthers(StaffId staff, String keepSessionId) {
        return end(staff, keepSessionId);
    }

    private int end(StaffId staff, String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInStaff signedIn && signedIn.staffId().equals(staff)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
