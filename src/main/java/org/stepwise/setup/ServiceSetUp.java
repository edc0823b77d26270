package org.stepwise.setup;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.organisation.Services;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Accounts;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.StaffDirectory;

/**
 * Creates a service and its first service lead in one transaction, and records both on the new service's audit
 * trail as the operator's act. The lead holds unallocated referrals until they choose someone else, and must
 * replace the temporary password when they first sign in.
 */
@Component
class ServiceSetUp {

    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final Services services;
    private final StaffDirectory staff;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ServiceSetUp(Services services, StaffDirectory staff, Accounts accounts, AuditTrail audit) {
        this.services = services;
        this.staff = staff;
        this.accounts = accounts;
        this.audit = audit;
    }

    record Result(ServiceId service, StaffId lead, String temporaryPassword) {
    }

    @Transactional
    Result setUp(NewService s, String operator) {
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new DomainException(String.join("; ", problems));
        }
        if (accounts.usernameTaken(s.leadUsername().strip())) {
            throw new DomainException("--lead-username: \"" + s.leadUsername().strip() + "\" is already in use");
        }
        String odsCode = s.odsCode() == null || s.odsCode().isBlank() ? null : s.odsCode().strip().toUpperCase(Locale.ROOT);
        ServiceId service = services.create(s.name().strip(), odsCode);
        String password = temporaryPassword();
        NewStaff lead = new NewStaff(s.leadUsername().strip(), s.leadName().strip(),
                s.leadEmail() == null || s.leadEmail().isBlank() ? null : s.leadEmail().strip(), password,
                EnumSet.of(Role.SERVICE_LEAD), false, null, null);
        StaffId leadId = staff.addAtSetUp(service, lead, true);
        services.setUnallocatedResponsible(service, leadId);
        audit.recordOperatorChange(service, operator, AuditedRecord.of("SERVICE", service), AuditAction.CREATE,
                Map.of("name", s.name().strip(), "odsCode", odsCode == null ? "" : odsCode));
        audit.recordOperatorChange(service, operator, AuditedRecord.staffAccount(leadId), AuditAction.CREATE,
                Map.of("change", "Account added with roles " + StaffDirectory.roles(lead)));
        return new Result(service, leadId, password);
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
