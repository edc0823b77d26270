package org.stepwise.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stepwise.caseload.CaseloadCap;
import org.stepwise.shared.Role;

/** Writes a demo service with its staff and GP practices, and says who is who for the referrals to come. */
final class DemoOrganisation {

    static final int PWP_CAP = 40;
    static final int TRAINEE_CAP_PERCENT = 60;
    static final int HIGH_INTENSITY_CAP = 25;

    private static final String[] PRACTICE_PLACES = {
        "Abbey Lane", "Riverside", "Station Road", "Oakwood", "Millbrook", "Castle Hill", "St Mary's", "Priory",
        "Meadowbank", "Bridge Street", "Fernhill", "Kingsway", "Elmfield", "Hollybank", "The Green", "Westgate",
        "Park View", "Church Lane", "Beech Grove", "Marsh Lane", "Minster", "Clifton", "Heworth", "Ouse Valley",
        "Foss Bank", "Willow Tree", "Hawthorn", "Chapel Fields", "Moorland", "Market Place",
    };
    private static final String[] PRACTICE_KINDS = {
        "Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice", "Group Practice",
    };
    private static final String PRACTICE_REGIONS = "BCDHJKLMNPY";

    private DemoOrganisation() {
    }

    static Roster create(DemoPlan plan, int index, String passwordHash, Instant openedAt, Dice dice, Dice ids,
                         DemoRows rows) {
        UUID serviceId = plan.serviceId(index);
        String prefix = plan.usernamePrefix(index);
        List<StaffMember> staff = DemoStaff.forService(index == 1, prefix, plan.patientsPerService(), dice, ids);
        UUID lead = staff.get(0).id();
        rows.service.add(serviceId, plan.serviceName(index), plan.odsCode(index), "Europe/London", "{ALLOCATOR}",
                "PAPER_SCREENING", PWP_CAP, TRAINEE_CAP_PERCENT, HIGH_INTENSITY_CAP, "OLDEST_REFERRAL_FIRST", lead,
                openedAt);
        for (StaffMember s : staff) {
            rows.staff.add(serviceId, s.id(), s.username(), s.fullName(), s.email(), passwordHash, roles(s),
                    s.trainee(), s.supervisorId(), s.supervisorTrainingDate(), openedAt);
        }
        List<Roster.Practice> practices = practices(serviceId, index, plan.patientsPerService(), openedAt, dice, ids,
                rows);
        return new Roster(serviceId, lead, find(staff, prefix + "admin"),
                List.of(find(staff, prefix + "allocator"), find(staff, prefix + "mhp")),
                practitioners(staff, Role.PWP, 2), practitioners(staff, Role.HIGH_INTENSITY_THERAPIST, 3), practices);
    }

    private static List<Roster.Practice> practices(UUID serviceId, int index, int patients, Instant openedAt,
                                                   Dice dice, Dice ids, DemoRows rows) {
        int count = Math.max(12, Math.min(150, patients / 1000));
        String region = index == 1 ? "B82" : PRACTICE_REGIONS.charAt(dice.between(0, PRACTICE_REGIONS.length() - 1))
                + Integer.toString(dice.between(10, 99));
        int names = PRACTICE_PLACES.length * PRACTICE_KINDS.length;
        int firstName = dice.between(0, names - 1);
        int firstCode = dice.between(1, 999);
        List<Roster.Practice> practices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Steps of 7 (coprime with both 1,000 and the number of names) never repeat a code or a name.
            int n = (firstName + 7 * i) % names;
            String name = PRACTICE_PLACES[n % PRACTICE_PLACES.length] + " " + PRACTICE_KINDS[n / PRACTICE_PLACES.length];
            String code = region + String.format("%03d", (firstCode + 7 * i) % 1000);
            String[] locality = Addresses.locality(dice);
            String address = dice.between(1, 120) + " " + Addresses.street(dice) + ", " + locality[0] + " "
                    + Addresses.postcode(dice, locality);
            UUID id = ids.uuid();
            rows.practice.add(serviceId, id, code, name, address, Addresses.landline(dice), openedAt);
            PeopleNames.Name gp = PeopleNames.person(dice, dice.chance(0.5) ? "1" : "2");
            String doctor = "Dr " + gp.given().charAt(0) + " " + gp.family();
            practices.add(new Roster.Practice(id, name, doctor));
        }
        return List.copyOf(practices);
    }

    private static List<Practitioner> practitioners(List<StaffMember> staff, Role role, int step) {
        int traineeCap = CaseloadCap.traineeCap(PWP_CAP, TRAINEE_CAP_PERCENT);
        return staff.stream().filter(s -> s.has(role)).map(s -> {
            int cap = step == 3 ? HIGH_INTENSITY_CAP : s.trainee() ? traineeCap : PWP_CAP;
            // Supervisors and trainees carry lighter caseloads than qualified practitioners.
            int weight = s.has(Role.SUPERVISOR) ? 2 : s.trainee() ? 4 : 10;
            return new Practitioner(s.id(), s.fullName(), s.trainee(), s.supervisorId(), step, cap, weight);
        }).toList();
    }

    private static UUID find(List<StaffMember> staff, String username) {
        return staff.stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow().id();
    }

    private static String roles(StaffMember s) {
        return s.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
