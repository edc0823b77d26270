package org.stepwise.measures;

/**
 * One question (or rated situation) of a questionnaire.
 *
 * @param number  1-based position on the form
 * @param lowest  lowest allowed answer
 * @param highest highest allowed answer
 * @param wording the licensed wording shipped with Stepwise, or null where the licence does not allow shipping it
 * @param loinc   the item's LOINC code, or null where none is confirmed (domain-reference §3.3)
 */
public record Item(int number, int lowest, int highest, String wording, String loinc) {

    public Item {
        if (number < 1 || lowest > highest) {
            throw new IllegalArgumentException("Item " + number + ": bad number or answer range");
        }
    }

    public boolean allows(int answer) {
        return answer >= lowest && answer <= highest;
    }
}
