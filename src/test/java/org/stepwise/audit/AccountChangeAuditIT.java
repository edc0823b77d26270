package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Accounts;

/** Adding, disabling and enabling an account are audit events naming who changed whose access. */
@IntegrationTest
class AccountChangeAuditIT {

    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @Test
    void accountChangesAreOnTheTrail() {
        TestService s = fixtures.service();
        signIn(s.leadUsername());
        StaffId pwp;
        try {
            pwp = s.pwp("Priya Patel");
        } finally {
            SecurityContextHolder.clearContext();
        }
        StaffId unattended = s.pwp("Omar Operator");
        accounts.disable(s.id(), pwp, s.lead());
        accounts.enable(s.id(), pwp, s.lead());

        List<String> changes = jdbc.sql("""
                        select action || ' ' || (detail -> 'changes' -> 'change' ->> 'after') || ' by ' || actor_id
                          from audit_event where service_id = ? and record_type = 'STAFF_ACCOUNT' and record_id = ?
                         order by seq
                        """)
                .params(s.id().value(), pwp.toString()).query(String.class).list();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).isEqualTo("CREATE Account added with roles [PWP] by " + s.lead());
        assertThat(changes.get(1)).isEqualTo("UPDATE Account disabled by " + s.lead());
        assertThat(changes.get(2)).isEqualTo("UPDATE Account enabled by " + s.lead());
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(unattended.toString())
                .query(Long.class).single()).as("an account made with no one signed in names no one").isZero();
    }

    private void signIn(String username) {
        var me = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
    }
}
