package org.stepwise.patient;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Registers people and finds them again, one service at a time. */
@Service
public class Patients {

    private static final String SELECT = """
            select p.*, g.name as gp_name, g.ods_code as gp_ods_code
              from patient p
              join gp_practice g on g.service_id = p.service_id and g.id = p.gp_practice_id
            """;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final Clock clock;

    Patients(JdbcClient jdbc, CaseAccess access, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a person, refusing a second record for an NHS number already known to the service. */
    @Transactional
    public PatientId register(ServiceId service, PatientDetails details, StaffId by) {
        Optional<Patient> existing = findByNhsNumber(service, details.nhsNumber());
        if (existing.isPresent()) {
            throw new DuplicatePatientException(existing.get());
        }
        requirePractice(service, details.gpPracticeId());
        PatientId id = PatientId.random();
        jdbc.sql("""
                        insert into patient (service_id, id, nhs_number, given_name, family_name, date_of_birth, gender,
                                             gp_practice_id, address, postcode, phone, email, ethnic_category,
                                             created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id.value(), details.nhsNumber().digits(), details.givenName(),
                        details.familyName(), Date.valueOf(details.dateOfBirth()), details.gender().code(),
                        details.gpPracticeId().value(), details.address(), details.postcode(), details.phone(),
                        details.email(), code(details.ethnicCategory()), Timestamp.from(clock.instant()), by.value())
                .update();
        return id;
    }

    /** Corrects a patient's details; a stale version is refused rather than overwriting someone else's change. */
    @Transactional
    public void correct(ServiceId service, PatientId id, PatientDetails details, int expectedVersion, StaffId by) {
        Patient current = get(service, id);
        if (!current.nhsNumber().equals(details.nhsNumber())) {
            findByNhsNumber(service, details.nhsNumber()).ifPresent(other -> {
                throw new DuplicatePatientException(other);
            });
        }
        requirePractice(service, details.gpPracticeId());
        int updated = jdbc.sql("""
                        update patient
                           set nhs_number = ?, given_name = ?, family_name = ?, date_of_birth = ?, gender = ?,
                               gp_practice_id = ?, address = ?, postcode = ?, phone = ?, email = ?, ethnic_category = ?,
                               version = version + 1, changed_at = ?, changed_by = ?
                         where service_id = ? and id = ? and version = ?
                        """)
                .params(details.nhsNumber().digits(), details.givenName(), details.familyName(),
                        Date.valueOf(details.dateOfBirth()), details.gender().code(), details.gpPracticeId().value(),
                        details.address(), details.postcode(), details.phone(), details.email(),
                        code(details.ethnicCategory()), Timestamp.from(clock.instant()), by.value(), service.value(),
                        id.value(), expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("patient's details");
        }
    }

    @Transactional(readOnly = true)
    public Patient get(ServiceId service, PatientId id) {
        access.guardPatient(service, id, Need.DEMOGRAPHICS);
        return jdbc.sql(SELECT + " where p.service_id = ? and p.id = ?")
                .params(service.value(), id.value())
                .query(Patients::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("No such patient"));
    }

    @Transactional(readOnly = true)
    public Optional<Patient> findByNhsNumber(ServiceId service, NhsNumber nhsNumber) {
        return jdbc.sql(SELECT + " where p.service_id = ? and p.nhs_number = ?")
                .params(service.value(), nhsNumber.digits())
                .query(Patients::map)
                .optional();
    }

    /** Finds people by family name (prefix, any case), optionally narrowed by date of birth; at most 50. */
    @Transactional(readOnly = true)
    public List<Patient> searchByName(ServiceId service, String familyName, java.time.LocalDate dateOfBirth) {
        String prefix = familyName.trim().toLowerCase(java.util.Locale.UK).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + """
                         where p.service_id = ? and lower(p.family_name) like ?
                           and (?::date is null or p.date_of_birth = ?::date)
                         order by lower(p.family_name), lower(p.given_name), p.id
                         limit 50
                        """)
                .params(service.value(), prefix, dateOfBirth == null ? null : Date.valueOf(dateOfBirth),
                        dateOfBirth == null ? null : Date.valueOf(dateOfBirth))
                .query(Patients::map)
                .list();
    }

    @Transactional(readOnly = true)
    public List<GpPractice> practices(ServiceId service) {
        return jdbc.sql("select * from gp_practice where service_id = ? order by name")
                .param(service.value())
                .query((rs, row) -> new GpPractice(new GpPracticeId(rs.getObject("id", UUID.class)),
                        rs.getString("ods_code"), rs.getString("name"), rs.getString("address"), rs.getString("phone")))
                .list();
    }

    @Transactional
    public GpPracticeId addPractice(ServiceId service, String odsCode, String name, String address, String phone) {
        GpPracticeId id = GpPracticeId.random();
        jdbc.sql("insert into gp_practice (service_id, id, ods_code, name, address, phone) values (?, ?, ?, ?, ?, ?)")
                .params(service.value(), id.value(), odsCode, name, address, phone)
                .update();
        return id;
    }

    private void requirePractice(ServiceId service, GpPracticeId practice) {
        boolean known = jdbc.sql("select exists (select 1 from gp_practice where service_id = ? and id = ?)")
                .params(service.value(), practice.value())
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new DomainException("Select the patient's GP practice from the list");
        }
    }

    static Patient map(ResultSet rs, int row) throws SQLException {
        return new Patient(
                new ServiceId(rs.getObject("service_id", UUID.class)),
                new PatientId(rs.getObject("id", UUID.class)),
                new NhsNumber(rs.getString("nhs_number")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getDate("date_of_birth").toLocalDate(),
                Gender.ofCode(rs.getString("gender")),
                new GpPracticeId(rs.getObject("gp_practice_id", UUID.class)),
                rs.getString("gp_name") + " (" + rs.getString("gp_ods_code") + ")",
                rs.getString("address"),
                rs.getString("postcode"),
                rs.getString("phone"),
                rs.getString("email"),
                EthnicCategory.ofCode(rs.getString("ethnic_category")),
                rs.getInt("version"));
    }

    private static String code(EthnicCategory category) {
        return category == null ? null : category.code();
    }
}
