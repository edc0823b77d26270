package org.stepwise.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What demo to generate: how many patients each service has, how many services, and the seed
 * that makes a service come out the same every time.
 *
 * @param usernamePrefix put before every sign-in name, so several demos can share one database
 *                       (user names are unique across the installation); empty for the real demo
 */
public record DemoPlan(int patientsPerService, long seed, int services, String usernamePrefix) {

    /** Beyond this the test range (about 909,000 valid numbers) would run out of NHS numbers. */
    public static final int MAX_PATIENTS_PER_SERVICE = 900_000;
    public static final String FIRST_SERVICE_NAME = "Riverside Talking Therapies";

    private static final String[] PLACES = {
        "Northdale", "Southmere", "Eastbrook", "Ashcombe", "Brackenfold", "Caldermoor", "Dunmere", "Elmsworth",
        "Fernleigh", "Greyholme", "Hartwood", "Larkmoor", "Millbeck", "Oakhurst", "Pennmoor", "Rookwood",
        "Silverbeck", "Thornvale", "Wyvern Mere", "Kestrel Bay",
    };

    public DemoPlan {
        if (patientsPerService < 1 || patientsPerService > MAX_PATIENTS_PER_SERVICE) {
            throw new IllegalArgumentException("patients per service must be between 1 and " + MAX_PATIENTS_PER_SERVICE);
        }
        if (services < 1) {
            throw new IllegalArgumentException("at least one service");
        }
        if (usernamePrefix == null || !usernamePrefix.matches("[a-z0-9-]*")) {
            throw new IllegalArgumentException("user name prefix may hold lower-case letters, digits and hyphens");
        }
    }

    /** The demo a new installation loads: one service. */
    public static DemoPlan standard(int patients, long seed) {
        return new DemoPlan(patients, seed, 1, "");
    }

    /** Sign-in names of service {@code index} (from 1) start with this: "s2-pwp1" for the second. */
    String usernamePrefix(int index) {
        return usernamePrefix + (index == 1 ? "" : "s" + index + "-");
    }

    String serviceName(int index) {
        if (index == 1) {
            return FIRST_SERVICE_NAME;
        }
        int place = (index - 2) % PLACES.length;
        int round = (index - 2) / PLACES.length;
        return PLACES[place] + " Talking Therapies" + (round == 0 ? "" : " " + (round + 1));
    }

    /** An ODS-style site code under an invented trust code. */
    String odsCode(int index) {
        String n = Integer.toString(index, 36).toUpperCase(Locale.ROOT);
        return "RV9" + (n.length() == 1 ? "0" + n : n);
    }

    /**
     * The seed of one service's content: a service comes out the same however many others are generated. The
     * seed is mixed rather than scaled: SplittableRandom steps its state by the golden-ratio constant, so seeds a
     * multiple of that constant apart gave one stream shifted by a draw, and near-identical demos.
     */
    long seedFor(int index) {
        return new SplittableRandom(seed).split().nextLong() + index;
    }

    /**
     * A service's id follows from the seed and the prefix too, so a rerun writes the same rows,
     * while two demos with different prefixes never share ids.
     */
    UUID serviceId(int index) {
        return UUID.nameUUIDFromBytes(("stepwise-demo/" + usernamePrefix + "/" + seed + "/" + index)
                .getBytes(StandardCharsets.UTF_8));
    }
}
