package org.stepwise.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What was done about a safeguarding concern. Some entries are written by Stepwise as the concern moves on. */
public enum ActionKind {
    RAISED("Concern raised", false),
    DISCUSSED("Discussed with the safeguarding lead or supervisor", true),
    SAFEGUARDING_REFERRAL("Referred to the local safeguarding team", true),
    INFORMED_AGENCY("Informed another agency (for example the GP, social care or a school)", true),
    POLICE("Contacted the police or emergency services", true),
    OTHER("Other action", true),
    OWNER_CHANGED("Handed over to a new owner", false),
    CLOSED("Concern closed", false);

    private final String label;
    private final boolean chosenByStaff;

    ActionKind(String label, boolean chosenByStaff) {
        this.label = label;
        this.chosenByStaff = chosenByStaff;
    }

    public String label() {
        return label;
    }

    public boolean chosenByStaff() {
        return chosenByStaff;
    }

    public static List<ActionKind> choices() {
        return Arrays.stream(values()).filter(ActionKind::chosenByStaff).toList();
    }

    public static Optional<ActionKind> chosen(String name) {
        return choices().stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
