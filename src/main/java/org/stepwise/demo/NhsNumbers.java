package org.stepwise.demo;

/**
 * NHS numbers from the range reserved for testing, 999 000 0000 to 999 999 9999, which are never
 * issued to a real person (domain-reference §10). The million nine-digit stems are visited in a
 * scrambled but repeatable order, so numbers look random and never repeat without remembering
 * the ones already handed out.
 */
final class NhsNumbers {

    private static final int STEMS = 1_000_000;
    /** Coprime with one million, so stepping by it reaches every stem exactly once. */
    private static final long STRIDE = 618_033;

    private final long start;
    private int visited;

    NhsNumbers(long seed) {
        this.start = Math.floorMod(seed, STEMS);
    }

    /** The next valid, unused number in the test range. */
    String next() {
        while (visited < STEMS) {
            long suffix = (start + STRIDE * visited++) % STEMS;
            String stem = "999" + sixDigits((int) suffix);
            int check = checkDigit(stem);
            if (check >= 0 && !allSameDigit(stem, check)) {
                return stem + check;
            }
        }
        throw new IllegalStateException("Every valid NHS number in the test range has been used");
    }

    /**
     * The modulus 11 check digit of a nine-digit stem, or -1 when no tenth digit can make the
     * stem a valid number (the check value comes out as 10).
     */
    static int checkDigit(String stem) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (stem.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    // 999 999 9999 passes the checksum but a number of one repeated digit is never issued.
    private static boolean allSameDigit(String stem, int check) {
        return stem.chars().allMatch(c -> c == '0' + check);
    }

    private static String sixDigits(int n) {
        String digits = Integer.toString(n);
        return "000000".substring(digits.length()) + digits;
    }
}
