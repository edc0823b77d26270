package org.stepwise.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.Services;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** Practitioners' current caseloads against their caps. */
@Service
public class Capacity {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Services services;

    Capacity(JdbcClient jdbc, StaffDirectory staff, Services services) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.services = services;
    }

    /** Everyone who treats at the step, with open cases counted in one query. */
    @Transactional(readOnly = true)
    public List<PractitionerCapacity> atStep(ServiceId service, int step) {
        ServiceSettings settings = services.settings(service);
        List<Staff> practitioners = staff.practitionersAtStep(service, step);
        Map<UUID, Integer> open = openCases(service);
        return practitioners.stream()
                .map(p -> new PractitionerCapacity(p.id(), p.fullName(), p.trainee(),
                        open.getOrDefault(p.id().value(), 0), CaseloadCap.forPractitioner(settings, p, step)))
                .toList();
    }

    /** Several practitioners' loads, each at their own step, counted in one query: a supervisor's overview. */
    @Transactional(readOnly = true)
    public Map<StaffId, PractitionerCapacity> ofEach(ServiceId service, List<Staff> practitioners,
                                                     ToIntFunction<Staff> step) {
        ServiceSettings settings = services.settings(service);
        Map<UUID, Integer> open = openCases(service);
        Map<StaffId, PractitionerCapacity> loads = new HashMap<>();
        for (Staff p : practitioners) {
            int at = step.applyAsInt(p);
            loads.put(p.id(), new PractitionerCapacity(p.id(), p.fullName(), p.trainee(),
                    open.getOrDefault(p.id().value(), 0), CaseloadCap.forPractitioner(settings, p, at)));
        }
        return loads;
    }

    @Transactional(readOnly = true)
    public PractitionerCapacity of(ServiceId service, Staff practitioner, int step) {
        return count(service, practitioner, step);
    }

    /**
     * The practitioner's load, holding a lock on them until the caller's transaction ends, so two
     * allocators cannot both take the last place under a cap.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public PractitionerCapacity lockForAllocation(ServiceId service, Staff practitioner, int step) {
        jdbc.sql("select id from staff where service_id = ? and id = ? for update")
                .params(service.value(), practitioner.id().value())
                .query(java.util.UUID.class)
                .single();
        return count(service, practitioner, step);
    }

    private PractitionerCapacity count(ServiceId service, Staff practitioner, int step) {
        ServiceSettings settings = services.settings(service);
        int open = jdbc.sql("""
                        select count(*) from referral
                         where service_id = ? and practitioner_id = ? and status in ('ALLOCATED', 'IN_TREATMENT')
                        """)
                .params(service.value(), practitioner.id().value())
                .query(Integer.class)
                .single();
        return new PractitionerCapacity(practitioner.id(), practitioner.fullName(), practitioner.trainee(), open,
                CaseloadCap.forPractitioner(settings, practitioner, step));
    }

    private Map<UUID, Integer> openCases(ServiceId service) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select practitioner_id, count(*) as open from referral
                         where service_id = ? and status in ('ALLOCATED', 'IN_TREATMENT')
                         group by practitioner_id
                        """)
                .param(service.value())
                .query(rs -> {
                    counts.put(rs.getObject("practitioner_id", UUID.class), rs.getInt("open"));
                });
        return counts;
    }
}
