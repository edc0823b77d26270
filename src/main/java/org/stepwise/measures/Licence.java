package org.stepwise.measures;

/**
 * What Stepwise may ship of a questionnaire.
 *
 * @param wordingShipped true where the terms allow Stepwise to distribute the item wording; otherwise the service
 *                       supplies wording from its own licensed copy
 * @param note           the terms found and where they were found
 */
public record Licence(boolean wordingShipped, String note) {
}
