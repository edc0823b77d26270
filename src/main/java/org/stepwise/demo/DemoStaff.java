package org.stepwise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stepwise.shared.Role;

/**
 * Who works in a demo service. The first service has the named people the demo sign-ins
 * promise; practitioners are added as the service grows, so caseloads stay near what a real
 * service would carry, and each supervisor looks after a manageable number of people.
 */
final class DemoStaff {

    static final int PATIENTS_PER_PWP = 60;
    static final int PATIENTS_PER_HIGH_INTENSITY = 100;
    private static final int SUPERVISEES_PER_SUPERVISOR = 8;

    /** The people of the first demo service, by sign-in name. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("lead", "Dr Helen Okafor"), Map.entry("allocator", "Dr Marcus Reid"),
            Map.entry("mhp", "Aisha Rahman"), Map.entry("admin", "Gary Lewis"),
            Map.entry("supervisor", "Claire Donnelly"), Map.entry("supervisor2", "Tom Brennan"),
            Map.entry("pwp1", "Priya Sharma"), Map.entry("pwp2", "Daniel Okoye"), Map.entry("pwp3", "Emma Whitfield"),
            Map.entry("pwp4", "Kasia Nowak"), Map.entry("pwp5", "Jordan Hughes"), Map.entry("trainee", "Chloe Adeyemi"),
            Map.entry("hit1", "Rebecca Hall"), Map.entry("hit2", "Imran Qureshi"), Map.entry("hit3", "Fiona MacLeod"));

    private final boolean named;
    private final String prefix;
    private final Dice dice;
    private final Dice ids;
    private final List<StaffMember> people = new ArrayList<>();

    private DemoStaff(boolean named, String prefix, Dice dice, Dice ids) {
        this.named = named;
        this.prefix = prefix;
        this.dice = dice;
        this.ids = ids;
    }

    /** Everyone in the service, each supervisor listed before the people they supervise. */
    static List<StaffMember> forService(boolean named, String prefix, int patients, Dice dice, Dice ids) {
        return new DemoStaff(named, prefix, dice, ids).build(patients);
    }

    private List<StaffMember> build(int patients) {
        int pwps = Math.max(5, ceilDiv(patients, PATIENTS_PER_PWP));
        int trainees = Math.max(1, Math.round(pwps / 5f));
        int highIntensity = Math.max(3, ceilDiv(patients, PATIENTS_PER_HIGH_INTENSITY));
        add("lead", true, EnumSet.of(Role.SERVICE_LEAD), false, null, LocalDate.of(2019, 5, 13));
        add("allocator", true, EnumSet.of(Role.ALLOCATOR), false, null, null);
        add("mhp", false, EnumSet.of(Role.ALLOCATOR), false, null, null);
        add("admin", false, EnumSet.of(Role.ADMINISTRATOR), false, null, null);
        List<UUID> lowSupervisors = new ArrayList<>();
        List<UUID> highSupervisors = new ArrayList<>();
        lowSupervisors.add(add("supervisor", false, EnumSet.of(Role.SUPERVISOR, Role.PWP), false, null,
                LocalDate.of(2020, 3, 2)));
        highSupervisors.add(add("supervisor2", false, EnumSet.of(Role.SUPERVISOR, Role.HIGH_INTENSITY_THERAPIST),
                false, null, LocalDate.of(2018, 10, 8)));
        int extra = 3;
        for (int i = 1; i < ceilDiv(pwps + trainees, SUPERVISEES_PER_SUPERVISOR); i++) {
            lowSupervisors.add(add("supervisor" + extra++, false, EnumSet.of(Role.SUPERVISOR, Role.PWP), false, null,
                    trainingDate()));
        }
        for (int i = 1; i < ceilDiv(highIntensity, SUPERVISEES_PER_SUPERVISOR); i++) {
            highSupervisors.add(add("supervisor" + extra++, false,
                    EnumSet.of(Role.SUPERVISOR, Role.HIGH_INTENSITY_THERAPIST), false, null, trainingDate()));
        }
        for (int i = 1; i <= pwps; i++) {
            add("pwp" + i, false, EnumSet.of(Role.PWP), false, lowSupervisors.get((i - 1) % lowSupervisors.size()), null);
        }
        for (int i = 1; i <= trainees; i++) {
            add(i == 1 ? "trainee" : "trainee" + i, false, EnumSet.of(Role.PWP), true,
                    lowSupervisors.get((i - 1) % lowSupervisors.size()), null);
        }
        for (int i = 1; i <= highIntensity; i++) {
            add("hit" + i, false, EnumSet.of(Role.HIGH_INTENSITY_THERAPIST), false,
                    highSupervisors.get((i - 1) % highSupervisors.size()), null);
        }
        return List.copyOf(people);
    }

    private UUID add(String key, boolean doctor, Set<Role> roles, boolean trainee, UUID supervisor,
                     LocalDate trainedOn) {
        String fullName = named && NAMED.containsKey(key) ? NAMED.get(key) : inventName(doctor);
        UUID id = ids.uuid();
        people.add(new StaffMember(id, prefix + key, fullName, email(fullName), roles, trainee, supervisor, trainedOn));
        return id;
    }

    private String inventName(boolean doctor) {
        // Most of the talking-therapies workforce are women.
        return (doctor ? "Dr " : "") + PeopleNames.person(dice, dice.chance(0.75) ? "2" : "1").full();
    }

    private LocalDate trainingDate() {
        return LocalDate.of(dice.between(2015, 2023), dice.between(1, 12), dice.between(1, 28));
    }

    private static String email(String fullName) {
        return fullName.replaceFirst("^Dr ", "").toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").replace(' ', '.')
                + "@example.com";
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
