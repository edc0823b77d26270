package org.stepwise.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signed session note and the addenda added to it since, oldest first. */
public record SessionNote(UUID id, String author, String body, Instant signedAt, List<Addendum> addenda) {

    /** A later addition to a signed note, with who added it, when and why. */
    public record Addendum(String author, String body, String reason, Instant addedAt) {
    }
}
