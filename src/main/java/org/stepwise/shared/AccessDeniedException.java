package org.stepwise.shared;

/** The signed-in person's role or relationship does not allow this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
