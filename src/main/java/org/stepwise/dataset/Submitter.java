package org.stepwise.dataset;

import java.time.ZoneId;

/**
 * The service as the header names it: its organisation code (OrgIDProv, blank until one is recorded), its name and
 * the zone its contacts are dated in.
 */
record Submitter(String odsCode, String name, ZoneId zone) {

    String organisation() {
        return odsCode == null ? "" : odsCode;
    }
}
