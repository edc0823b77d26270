package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Accounts;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.StaffDirectory;

/** Adding, disabling and enabling an account are audit events naming who changed whose access. */
@IntegrationTest
class AccountChangeAuditIT {

    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;

    @Test
    void accountChangesAreOnTheTrail() {
        TestService s = fixtures.service();
        StaffId pwp = directory.add(s.id(), new NewStaff(s.tag() + "-priya", "Priya Patel", null, Fixtures.PASSWORD,
                EnumSet.of(Role.PWP), false, null, null), true, s.lead());
        StaffId atSetUp = s.pwp("Omar Operator");
        accounts.disable(s.id(), pwp, s.lead());
        accounts.enable(s.id(), pwp, s.lead());

        List<String> changes = jdbc.sql("""
                        select action || ' ' || (detail -> 'changes' -> 'change' ->> 'after') || ' by ' || actor_id
                          from audit_event where service_id = ? and record_type = 'STAFF_ACCOUNT' and record_id = ?
                         order by seq
                        """)
                .params(s.id().value(), pwp.toString()).query(String.class).list();
        assertThat(changes).containsExactly("CREATE Account added with roles [PWP] by " + s.lead(),
                "UPDATE Account disabled by " + s.lead(), "UPDATE Account enabled by " + s.lead());
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(atSetUp.toString())
                .query(Long.class).single()).as("an account added while setting up names no one").isZero();
    }
}
