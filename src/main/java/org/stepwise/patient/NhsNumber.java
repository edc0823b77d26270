package org.stepwise.patient;

import java.util.Optional;

/**
 * A validated NHS number: ten digits whose last is the modulus 11 check digit of the first nine
 * (domain-reference §10). Numbers that pass the checksum but can never be issued, such as
 * 000 000 0000 or ten identical digits, are refused too.
 */
public record NhsNumber(String digits) {

    public NhsNumber {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Accepts the usual written forms: "943 476 5919", "943-476-5919" or "9434765919". */
    public static NhsNumber parse(String text) {
        return new NhsNumber(normalise(text));
    }

    /** Why this text is not a valid NHS number, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter an NHS number");
        }
        String digits = normalise(text);
        if (!digits.matches("[0-9]{10}")) {
            return Optional.of("NHS number must be 10 digits");
        }
        if (digits.chars().distinct().count() == 1) {
            return Optional.of("NHS number " + formatted(digits) + " cannot have been issued: check it against the referral");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != digits.charAt(9) - '0') {
            return Optional.of("NHS number " + formatted(digits) + " is not valid: its check digit does not match. Check each digit");
        }
        return Optional.empty();
    }

    public String formatted() {
        return formatted(digits);
    }

    private static String formatted(String digits) {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }

    @Override
    public String toString() {
        // Keeps NHS numbers out of logs that print records carelessly.
        return "NhsNumber[***]";
    }
}
