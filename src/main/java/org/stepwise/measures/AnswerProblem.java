package org.stepwise.measures;

import java.util.Optional;

/**
 * Why a form could not be scored, written for the person at the screen.
 *
 * @param itemNumber the question the message belongs beside, or null for a message about the whole form
 * @param message    for example "Question 3: choose an answer from 0 to 3"
 */
public record AnswerProblem(Integer itemNumber, String message) {

    public Optional<Integer> item() {
        return Optional.ofNullable(itemNumber);
    }
}
