package org.stepwise.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;

/**
 * Whose record a page was about, found with one primary-key lookup in the tables that hold it. The audit trail may
 * read every module's tables; reading them here keeps the modules free of any dependency on it.
 */
@Repository
class PatientLookup {

    private final JdbcClient jdbc;

    PatientLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PatientId> ofReferral(ServiceId service, UUID referral) {
        return jdbc.sql("select patient_id from referral where service_id = ? and id = ?")
                .params(service.value(), referral)
                .query((rs, n) -> new PatientId(rs.getObject(1, UUID.class))).optional();
    }

    /**
     * The patient of a record that belongs to a referral.
     *
     * @param table one of the tables named in {@link PageEvents}, never text from a request
     */
    Optional<PatientId> ofReferralRecord(String table, ServiceId service, UUID record) {
        return jdbc.sql("""
                        select r.patient_id from %s x
                        join referral r on r.service_id = x.service_id and r.id = x.referral_id
                        where x.service_id = ? and x.id = ?""".formatted(table))
                .params(service.value(), record)
                .query((rs, n) -> new PatientId(rs.getObject(1, UUID.class))).optional();
    }

    /** The patients behind the ids a page showed, in the order shown, each once. */
    List<PatientId> patientsOf(ServiceId service, List<Object> shown) {
        Set<UUID> referrals = shown.stream().filter(ReferralId.class::isInstance)
                .map(id -> ((ReferralId) id).value()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UUID, PatientId> byReferral = new HashMap<>();
        if (!referrals.isEmpty()) {
            jdbc.sql("select id, patient_id from referral where service_id = ? and id = any(cast(? as uuid[]))")
                    .params(service.value(), referrals.stream().map(UUID::toString)
                            .collect(Collectors.joining(",", "{", "}")))
                    .query(rs -> {
                        byReferral.put(rs.getObject(1, UUID.class), new PatientId(rs.getObject(2, UUID.class)));
                    });
        }
        Set<PatientId> patients = new LinkedHashSet<>();
        for (Object id : shown) {
            if (id instanceof PatientId patient) {
                patients.add(patient);
            } else if (id instanceof ReferralId referral && byReferral.containsKey(referral.value())) {
                patients.add(byReferral.get(referral.value()));
            }
        }
        return new ArrayList<>(patients);
    }
}
