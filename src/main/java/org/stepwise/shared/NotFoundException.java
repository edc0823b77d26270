package org.stepwise.shared;

/** The record does not exist in the signed-in person's service (or at all: we never say which). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
