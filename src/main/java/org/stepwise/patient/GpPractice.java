package org.stepwise.patient;

import org.stepwise.shared.GpPracticeId;

/** A GP practice: it holds medical responsibility for its registered patients and receives letters. */
public record GpPractice(GpPracticeId id, String odsCode, String name, String address, String phone) {
}
