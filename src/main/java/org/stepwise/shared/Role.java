package org.stepwise.shared;

/** The jobs people do in a talking-therapies service. A person may hold several. */
public enum Role {
    PWP("Psychological wellbeing practitioner"),
    HIGH_INTENSITY_THERAPIST("High-intensity therapist"),
    SUPERVISOR("Supervisor"),
    ALLOCATOR("Allocator"),
    SERVICE_LEAD("Service lead"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
