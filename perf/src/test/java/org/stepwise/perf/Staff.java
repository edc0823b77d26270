package org.stepwise.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The people the benchmarks sign in as, by the demo's sign-in names (service 1 has none in front, service n has
 * "sn-"), and the sessions they hold once signed in. Signing in is done once, before the measured load: Argon2id
 * makes each sign-in cost tens of milliseconds of CPU on purpose, and clinicians sign in once a day, not once a page.
 */
final class Staff {

    enum Kind { PRACTITIONER, SUPERVISOR, ALLOCATOR, LEAD }

    /** A signed-in person: their session cookie and the ids of what they may open (own cases, supervisees). */
    record SignedIn(String sessionId, List<String> ids) {
    }

    private static final Map<Kind, List<SignedIn>> SIGNED_IN = Map.of(
            Kind.PRACTITIONER, new CopyOnWriteArrayList<>(),
            Kind.SUPERVISOR, new CopyOnWriteArrayList<>(),
            Kind.ALLOCATOR, new CopyOnWriteArrayList<>(),
            Kind.LEAD, new CopyOnWriteArrayList<>());

    private Staff() {
    }

    /**
     * Everyone to sign in: per service, the first PWPs and high-intensity therapists, a supervisor, an allocator; or,
     * to time the outcomes dashboard (-Dpage=dashboard), each service's lead alone.
     */
    static List<Map<String, Object>> people(Settings settings) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int s = settings.firstService(); s < settings.firstService() + settings.services(); s++) {
            String prefix = s == 1 ? "" : "s" + s + "-";
            if (settings.page().equals("dashboard")) {
                people.add(Map.of("username", prefix + "lead", "kind", Kind.LEAD.name()));
                continue;
            }
            for (int i = 1; i <= settings.pwpsPerService(); i++) {
                people.add(Map.of("username", prefix + "pwp" + i, "kind", Kind.PRACTITIONER.name()));
            }
            for (int i = 1; i <= settings.therapistsPerService(); i++) {
                people.add(Map.of("username", prefix + "hit" + i, "kind", Kind.PRACTITIONER.name()));
            }
            people.add(Map.of("username", prefix + "supervisor", "kind", Kind.SUPERVISOR.name()));
            people.add(Map.of("username", prefix + "allocator", "kind", Kind.ALLOCATOR.name()));
        }
        return people;
    }

    /** Everyone to sign in, once each, then an endless "nobody" (blank user name) for those with no one left. */
    static java.util.Iterator<Map<String, Object>> peopleThenNobody(Settings settings) {
        Map<String, Object> nobody = Map.of("username", "", "kind", "");
        return java.util.stream.Stream.concat(people(settings).stream(), java.util.stream.Stream.generate(() -> nobody))
                .iterator();
    }

    static void signedIn(Kind kind, String sessionId, List<String> ids) {
        SIGNED_IN.get(kind).add(new SignedIn(sessionId, ids == null ? List.of() : List.copyOf(ids)));
    }

    static int count(Kind kind) {
        return SIGNED_IN.get(kind).size();
    }

    /**
     * A feeder that draws, at each use, a random signed-in person of that kind with something to open; it reads the
     * sessions when the load runs, after the sign-ins, not when the simulation is built.
     */
    static java.util.Iterator<Map<String, Object>> feeder(Kind kind, boolean needsIds) {
        return java.util.stream.Stream.generate(() -> pick(kind, needsIds)).iterator();
    }

    private static Map<String, Object> pick(Kind kind, boolean needsIds) {
        List<SignedIn> pool = SIGNED_IN.get(kind);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int tries = 0; tries < 100; tries++) {
            SignedIn p = pool.get(random.nextInt(pool.size()));
            if (!needsIds || !p.ids().isEmpty()) {
                String id = p.ids().isEmpty() ? "" : p.ids().get(random.nextInt(p.ids().size()));
                return Map.of("sid", p.sessionId(), "id", id);
            }
        }
        throw new IllegalStateException("Nobody signed in as " + kind + " has anything to open");
    }
}
