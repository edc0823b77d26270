package org.stepwise.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * What every module calls to put a read or a change of a patient's data on the audit trail. The acting roles and
 * the client's address are taken from the signed-in request, so callers pass only what they know.
 *
 * <p>A read, export or refusal is written even if the caller's transaction later rolls back: the data was seen, or
 * the attempt was made. A change is written in the caller's transaction, which must exist, so it is kept exactly
 * when the change is.
 */
@Component
public class AuditTrail {

    private final AuditWriter writer;
    private final ClientAddress addresses;
    private final Clock clock;

    AuditTrail(AuditWriter writer, ClientAddress addresses, Clock clock) {
        this.writer = writer;
        this.addresses = addresses;
        this.clock = clock;
    }

    public void recordRead(ServiceId service, StaffId by, PatientId patient, AuditedRecord record) {
        recordRead(service, by, patient, record, null);
    }

    /** @param reason why the record was opened, required for emergency ("break-glass") access */
    public void recordRead(ServiceId service, StaffId by, PatientId patient, AuditedRecord record, String reason) {
        writeSoon(event(AuditAction.READ, service, by).patient(patient).record(record).because(reason).build());
    }

    /** A page that showed several patients at once, such as a caseload; {@code shown} in the order shown. */
    public void recordList(ServiceId service, StaffId by, AuditedRecord list, List<PatientId> shown) {
        writeSoon(event(AuditAction.READ, service, by).record(list).listing(shown).build());
    }

    /**
     * @param before the record's fields before the change (empty for a new record)
     * @param after  its fields after; only fields whose text differs are kept
     */
    public void recordChange(ServiceId service, StaffId by, PatientId patient, AuditedRecord record,
                             AuditAction action, Map<String, ?> before, Map<String, ?> after) {
        if (action != AuditAction.CREATE && action != AuditAction.UPDATE) {
            throw new IllegalArgumentException("A change is a CREATE or an UPDATE, not " + action);
        }
        AuditEvent event = event(action, service, by).patient(patient).record(record)
                .detail(Map.of("changes", FieldChanges.between(before, after))).build();
        writer.writeWithCurrentTransaction(event);
        RequestAudit.current().ifPresent(request -> request.noteRecorded(action));
    }

    /**
     * A change made by an operator at the command line (setting up a service), when nobody can be signed in: the
     * event names no member of staff, only the operator's account on the server.
     */
    public void recordOperatorChange(ServiceId service, String operator, AuditedRecord record, AuditAction action,
                                     Map<String, ?> after) {
        AuditEvent event = AuditEvent.of(action, clock.instant()).by(service, null, Set.of())
                .username("operator " + operator).record(record)
                .detail(Map.of("changes", FieldChanges.between(Map.of(), after))).build();
        writer.writeWithCurrentTransaction(event);
    }

    public void recordExport(ServiceId service, StaffId by, PatientId patient, AuditedRecord record, String reason) {
        writeSoon(event(AuditAction.EXPORT, service, by).patient(patient).record(record).because(reason).build());
    }

    /** @param patient the patient whose data was refused, or null when the refusal was not about one patient */
    public void recordDenied(ServiceId service, StaffId by, PatientId patient, AuditedRecord record, String why) {
        writeSoon(event(AuditAction.DENIED, service, by).patient(patient).record(record).because(why).build());
    }

    private AuditEvent.Builder event(AuditAction action, ServiceId service, StaffId by) {
        return AuditEvent.of(action, clock.instant()).by(service, by, rolesOf(by)).from(addresses.current());
    }

    /** Within a page request the event waits for the page's own; elsewhere it is written straight away. */
    private void writeSoon(AuditEvent event) {
        RequestAudit.current().ifPresentOrElse(request -> request.queue(event),
                () -> writer.writeNow(List.of(event)));
    }

    private static Set<Role> rolesOf(StaffId by) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInStaff me && me.staffId().equals(by)) {
            return me.roles();
        }
        return Set.of();
    }
}
