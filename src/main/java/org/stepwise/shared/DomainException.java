package org.stepwise.shared;

/** A rule of the domain was broken; the message is written for the person at the screen. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
