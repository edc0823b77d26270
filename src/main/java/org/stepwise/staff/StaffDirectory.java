package org.stepwise.staff;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.PasswordPolicy;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** The staff of each service: who they are, what they do, who supervises them. */
@Service
public class StaffDirectory {

    private static final String COLUMNS = """
            service_id, id, username, full_name, roles, trainee, supervisor_id, supervisor_training_date, enabled
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ServiceNames serviceNames;
    private final ApplicationEventPublisher events;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ServiceNames serviceNames,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.serviceNames = serviceNames;
    }

    /**
     * A member of staff adds an account; it is on the audit trail under their name.
     *
     * @param temporaryPassword the password was chosen for the person by someone else, so they must
     *                          replace it when they first sign in
     */
    @Transactional
    public StaffId add(ServiceId service, NewStaff person, boolean temporaryPassword, StaffId by) {
        StaffId id = insert(service, person, temporaryPassword);
        events.publishEvent(new StaffAccountChanged(service, id, by, "Account added with roles " + roles(person), true));
        return id;
    }

    /**
     * Adds an account while a service is being set up, before anyone in it can sign in: the operator's set-up
     * command records the account on the trail itself, as the operator's act, and test fixtures build services
     * this way. Nobody signed in is ever credited with it.
     */
    @Transactional
    public StaffId addAtSetUp(ServiceId service, NewStaff person, boolean temporaryPassword) {
        return insert(service, person, temporaryPassword);
    }

    private StaffId insert(ServiceId service, NewStaff person, boolean temporaryPassword) {
        policy.check(person.password(), person.username(), serviceNames.of(service)).ifPresent(problem -> {
            throw new DomainException(problem.message());
        });
        if (person.supervisorId() != null) {
            Staff supervisor = get(service, person.supervisorId());
            if (person.roles().contains(Role.PWP) && !supervisor.supervisorTrained()) {
                throw new DomainException(supervisor.fullName()
                        + " has no supervisor training recorded, so cannot supervise a PWP's caseload");
            }
        }
        StaffId id = StaffId.random();
        jdbc.sql("""
                        insert into staff (service_id, id, username, full_name, email, password_hash, roles,
                                           trainee, supervisor_id, supervisor_training_date, must_change_password)
                        values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
                        """)
                .params(service.value(), id.value(), person.username(), person.fullName(), person.email(),
                        passwords.encode(person.password()),
                        person.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")),
                        person.trainee(), person.supervisorId() == null ? null : person.supervisorId().value(),
                        person.supervisorTrainingDate() == null ? null : Date.valueOf(person.supervisorTrainingDate()),
                        temporaryPassword)
                .update();
        return id;
    }

    /** The roles an account was given, as the trail words them. */
    public static List<String> roles(NewStaff person) {
        return person.roles().stream().map(Role::name).sorted().toList();
    }

    @Transactional(readOnly = true)
    public Staff get(ServiceId service, StaffId id) {
        return find(service, id).orElseThrow(() -> new NotFoundException("No such member of staff"));
    }

    @Transactional(readOnly = true)
    public Optional<Staff> find(ServiceId service, StaffId id) {
        return jdbc.sql("select " + COLUMNS + " from staff where service_id = ? and id = ?")
                .params(service.value(), id.value())
                .query(StaffDirectory::map)
                .optional();
    }

    /** Everyone in the service, for staff lists and pickers. */
    @Transactional(readOnly = true)
    public List<Staff> all(ServiceId service) {
        return jdbc.sql("select " + COLUMNS + " from staff where service_id = ? order by full_name")
                .param(service.value())
                .query(StaffDirectory::map)
                .list();
    }

    /**
     * The full names of these people, for pages that name who did what: one query for only the people named,
     * however many staff the service has.
     */
    @Transactional(readOnly = true)
    public java.util.Map<StaffId, String> names(ServiceId service, java.util.Collection<StaffId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<StaffId, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, full_name from staff where service_id = ? and id = any(?)")
                .params(service.value(), ids.stream().map(StaffId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    names.put(new StaffId(rs.getObject("id", UUID.class)), rs.getString("full_name"));
                });
        return names;
    }

    /** Enabled practitioners who treat at a step: PWPs for step 2, high-intensity therapists for step 3. */
    @Transactional(readOnly = true)
    public List<Staff> practitionersAtStep(ServiceId service, int step) {
        String role = step == 2 ? Role.PWP.name() : Role.HIGH_INTENSITY_THERAPIST.name();
        return jdbc.sql("select " + COLUMNS + " from staff where service_id = ? and enabled and ? = any(roles) order by full_name")
                .params(service.value(), role)
                .query(StaffDirectory::map)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Staff> supervisees(ServiceId service, StaffId supervisor) {
        return jdbc.sql("select " + COLUMNS + " from staff where service_id = ? and supervisor_id = ? order by full_name")
                .params(service.value(), supervisor.value())
                .query(StaffDirectory::map)
                .list();
    }

    static Staff map(ResultSet rs, int row) throws SQLException {
        Date training = rs.getDate("supervisor_training_date");
        UUID supervisor = rs.getObject("supervisor_id", UUID.class);
        return new Staff(
                new ServiceId(rs.getObject("service_id", UUID.class)),
                new StaffId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("full_name"),
                roles(rs.getArray("roles")),
                rs.getBoolean("trainee"),
                supervisor == null ? null : new StaffId(supervisor),
                training == null ? null : training.toLocalDate(),
                rs.getBoolean("enabled"));
    }

    private static java.util.Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
