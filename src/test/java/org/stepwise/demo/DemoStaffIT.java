package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.IntegrationTest;
import org.stepwise.caseload.CaseloadCap;
import org.stepwise.organisation.Services;

/** The demo's people and sign-ins, its caseloads, and that a seed always gives the same service. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStaffIT {

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService signIn;
    @Autowired PasswordEncoder passwords;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;
    @Autowired Services services;

    private String prefix;
    private UUID service;

    @BeforeAll
    void generate() {
        prefix = "st" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(120, 2026, 1, prefix)).services().get(0).value();
    }

    @Test
    void theDemoSignInsWorkWithTheSharedPassword() {
        String hash = signIn.loadUserByUsername(prefix + "lead").getPassword();
        assertThat(passwords.matches(DemoGenerator.PASSWORD, hash)).isTrue();
        assertThat(passwords.matches("wrong", hash)).isFalse();
        assertThat(jdbc.sql("select count(distinct password_hash) from staff where service_id = ?").param(service)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void everyRoleIsStaffedUnderTheNamesTheDemoPromises() {
        Map<String, Map<String, Object>> staff = staff();
        assertThat(staff.keySet()).containsExactlyInAnyOrder("lead", "allocator", "mhp", "admin", "supervisor",
                "supervisor2", "pwp1", "pwp2", "pwp3", "pwp4", "pwp5", "trainee", "hit1", "hit2", "hit3");
        assertThat(staff.get("lead")).containsEntry("full_name", "Dr Helen Okafor")
                .containsEntry("roles", "{SERVICE_LEAD}");
        assertThat(staff.get("lead").get("supervisor_training_date")).isNotNull();
        assertThat(staff.get("allocator")).containsEntry("full_name", "Dr Marcus Reid")
                .containsEntry("roles", "{ALLOCATOR}");
        assertThat(staff.get("mhp")).containsEntry("full_name", "Aisha Rahman").containsEntry("roles", "{ALLOCATOR}");
        assertThat(staff.get("admin")).containsEntry("full_name", "Gary Lewis")
                .containsEntry("roles", "{ADMINISTRATOR}");
        assertThat(staff.get("supervisor")).containsEntry("full_name", "Claire Donnelly")
                .containsEntry("roles", "{PWP,SUPERVISOR}");
        assertThat(staff.get("supervisor2")).containsEntry("full_name", "Tom Brennan")
                .containsEntry("roles", "{HIGH_INTENSITY_THERAPIST,SUPERVISOR}");
        assertThat(staff.get("supervisor").get("supervisor_training_date")).isNotNull();
        assertThat(staff.get("supervisor2").get("supervisor_training_date")).isNotNull();
        Object claire = staff.get("supervisor").get("id");
        Object tom = staff.get("supervisor2").get("id");
        for (String pwp : List.of("pwp1", "pwp2", "pwp3", "pwp4", "pwp5", "trainee")) {
            assertThat(staff.get(pwp)).containsEntry("roles", "{PWP}").containsEntry("supervisor_id", claire)
                    .containsEntry("trainee", pwp.equals("trainee"));
        }
        for (String hit : List.of("hit1", "hit2", "hit3")) {
            assertThat(staff.get(hit)).containsEntry("roles", "{HIGH_INTENSITY_THERAPIST}")
                    .containsEntry("supervisor_id", tom);
        }
        assertThat(jdbc.sql("select unallocated_responsible_id from service where id = ?").param(service)
                .query(UUID.class).single()).isEqualTo(staff.get("lead").get("id"));
    }

    @Test
    void theServiceHasItsGpPracticesAndEveryPractitionerStaysWithinTheirCap() {
        assertThat(jdbc.sql("select name from service where id = ?").param(service).query(String.class).single())
                .isEqualTo("Riverside Talking Therapies");
        List<Map<String, Object>> practices = jdbc.sql("select ods_code, address from gp_practice where service_id = ?")
                .param(service).query().listOfRows();
        assertThat(practices).hasSize(12).allSatisfy(p -> {
            assertThat((String) p.get("ods_code")).matches("[A-Z][0-9]{5}");
            assertThat((String) p.get("address")).matches(".* [A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}");
        });
        List<Map<String, Object>> loads = jdbc.sql("""
                select s.username, s.trainee, s.roles::text as roles, count(r.id) as open
                  from staff s
                  left join referral r on r.service_id = s.service_id and r.practitioner_id = s.id
                                      and r.status in ('ALLOCATED', 'IN_TREATMENT')
                 where s.service_id = ? and (s.roles && '{PWP,HIGH_INTENSITY_THERAPIST}')
                 group by s.username, s.trainee, s.roles
                """).param(service).query().listOfRows();
        assertThat(loads).allSatisfy(l -> {
            long cap = Boolean.TRUE.equals(l.get("trainee"))
                    ? CaseloadCap.traineeCap(DemoOrganisation.PWP_CAP, DemoOrganisation.TRAINEE_CAP_PERCENT)
                    : ((String) l.get("roles")).contains("PWP") ? DemoOrganisation.PWP_CAP
                    : DemoOrganisation.HIGH_INTENSITY_CAP;
            assertThat((Long) l.get("open")).as((String) l.get("username")).isLessThanOrEqualTo(cap);
        });
        assertThat(loads).filteredOn(l -> ((String) l.get("username")).matches(".*-(pwp|hit)[0-9]"))
                .allSatisfy(l -> assertThat((Long) l.get("open")).isPositive());
    }

    @Test
    void furtherServicesPrefixTheirSignInsAndGetTheirOwnPeople() {
        String other = "ms" + Long.toHexString(System.nanoTime()) + "-";
        DemoSummary summary = generator.generate(new DemoPlan(15, 5, 2, other));
        assertThat(summary.services()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from staff where username in (?, ?, ?)")
                .params(other + "pwp1", other + "s2-pwp1", other + "s2-lead").query(Long.class).single()).isEqualTo(3L);
        assertThat(jdbc.sql("select count(*) from patient where service_id = ?")
                .param(summary.services().get(1).value()).query(Long.class).single()).isEqualTo(15L);
    }

    @Test
    void aSeedAlwaysGivesTheSameServiceUnderFreshIds() {
        Clock fixed = Clock.fixed(Instant.parse("2026-02-10T11:00:00Z"), ZoneOffset.UTC);
        DemoGenerator atFixedTime = new DemoGenerator(dataSource, tx, passwords, fixed);
        UUID first = atFixedTime.generate(new DemoPlan(40, 11, 1, "da" + Long.toHexString(System.nanoTime()) + "-"))
                .services().get(0).value();
        UUID second = atFixedTime.generate(new DemoPlan(40, 11, 1, "db" + Long.toHexString(System.nanoTime()) + "-"))
                .services().get(0).value();
        assertThat(first).isNotEqualTo(second);
        assertThat(fingerprint(second)).isEqualTo(fingerprint(first)).hasSizeGreaterThan(40);
        assertThat(jdbc.sql("""
                select count(*) from referral a join referral b on a.id = b.id
                 where a.service_id = ? and b.service_id = ?
                """).params(first, second).query(Long.class).single()).isZero();
    }

    @Test
    void theLoaderLeavesADatabaseThatAlreadyHasAServiceAlone() {
        long before = jdbc.sql("select count(*) from service").query(Long.class).single();
        new DemoLoader(generator, services, tx, null, 10, 1, 1).run(null);
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(before);
    }

    private List<String> fingerprint(UUID demo) {
        return jdbc.sql("""
                select concat_ws('|', p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.gender, p.postcode,
                                 r.received_date, r.source_code, r.status, r.step, r.end_code, r.presenting_problem,
                                 (select string_agg(t.transition || '@' || t.decided_at, ',' order by t.decided_at)
                                    from referral_transition t
                                   where t.service_id = r.service_id and t.referral_id = r.id))
                  from patient p join referral r on r.service_id = p.service_id and r.patient_id = p.id
                 where p.service_id = ? order by 1
                """).param(demo).query(String.class).list();
    }

    private Map<String, Map<String, Object>> staff() {
        return jdbc.sql("""
                select substr(username, ?) as sign_in, id, full_name, roles::text as roles, trainee, supervisor_id,
                       supervisor_training_date
                  from staff where service_id = ?
                """).params(prefix.length() + 1, service).query().listOfRows().stream()
                .collect(Collectors.toMap(r -> (String) r.get("sign_in"), r -> r));
    }
}
