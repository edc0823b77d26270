package org.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The steps still owed by the session's sign-in (an authenticator code, a new password, setting up an
 * authenticator app) and when the sign-in happened. Kept in the session, so the steps belong to this
 * sign-in only and disappear with it.
 */
public final class SignInSteps {

    static final String PENDING = SignInSteps.class.getName() + ".pending";
    static final String SIGNED_IN_AT = SignInSteps.class.getName() + ".signedInAt";

    private SignInSteps() {
    }

    static void begin(HttpSession session, SignInNeeds needs, Instant at) {
        EnumSet<SignInStep> steps = EnumSet.noneOf(SignInStep.class);
        if (needs.twoStepSetUp()) {
            steps.add(SignInStep.ENTER_CODE);
        }
        if (needs.mustChangePassword()) {
            steps.add(SignInStep.CHANGE_PASSWORD);
        }
        if (needs.twoStepRequired() && !needs.twoStepSetUp()) {
            steps.add(SignInStep.SET_UP_TWO_STEP);
        }
        session.setAttribute(PENDING, steps);
        session.setAttribute(SIGNED_IN_AT, at);
    }

    /** The step the person must do now, if any. */
    public static Optional<SignInStep> next(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof EnumSet<?> steps) || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((SignInStep) steps.iterator().next());
    }

    public static boolean isPending(HttpServletRequest request, SignInStep step) {
        return next(request).filter(step::equals).isPresent();
    }

    /** Marks the step done and says where to go next: the following step, or the home page. */
    public static String complete(HttpServletRequest request, SignInStep step) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING) instanceof EnumSet<?> steps) {
            EnumSet<?> left = EnumSet.copyOf(steps);
            left.remove(step);
            // Set again rather than change in place, so that session stores notice the change.
            session.setAttribute(PENDING, left);
        }
        return next(request).map(SignInStep::path).orElse("/");
    }

    static Optional<Instant> signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? Optional.of(at) : Optional.empty();
    }
}
