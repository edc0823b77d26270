package org.stepwise.contact;

import java.util.Arrays;
import java.util.Optional;

/** How the contact takes place (ConsMechanism, data set v2.1; domain-reference §3.2). */
public enum ConsultationMechanism {
    FACE_TO_FACE("01", "Face to face"),
    TELEPHONE("02", "Telephone"),
    TALK_TYPE("04", "Talk type for a person unable to speak"),
    EMAIL("05", "Email"),
    TEXT_MESSAGE("09", "Text message (asynchronous)"),
    INSTANT_MESSAGING("10", "Instant messaging (synchronous)"),
    VIDEO("11", "Video consultation"),
    MESSAGE_BOARD("12", "Message board (asynchronous)"),
    CHAT_ROOM("13", "Chat room (synchronous)"),
    OTHER("98", "Other");

    private final String code;
    private final String label;

    ConsultationMechanism(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ConsultationMechanism> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
