package org.stepwise.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.WebTest;
import org.stepwise.demo.DemoGenerator;
import org.stepwise.demo.DemoPlan;

/**
 * The pages clinicians open most run the same number of SQL statements however much data there is: a page that
 * queried once per case, appointment or score (N+1) would show it here long before it showed at national scale.
 * Two demo services, one with 8 times the patients of the other and the same five PWPs, so every caseload, case
 * history, agenda and triage queue is several times longer in the second.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementsIT extends WebTest {

    private static final int SMALL = 40;
    private static final int LARGE = 320;

    @Autowired MockMvc mvc;
    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;

    private Demo small;
    private Demo large;

    /** One generated service and the people and cases its pages are opened for. */
    private record Demo(String prefix, UUID service, UUID pwp, UUID referral) {
    }

    @BeforeAll
    void generate() {
        small = demo(SMALL, "fewest");
        large = demo(LARGE, "most");
    }

    @Test
    void theLargerServiceReallyHasMoreOfEverythingThePagesShow() {
        assertThat(openCases(large)).isGreaterThan(2 * openCases(small));
        assertThat(contacts(large.referral())).isGreaterThan(contacts(small.referral()));
        assertThat(awaitingTriage(large)).isGreaterThan(awaitingTriage(small));
    }

    @Test
    void eachPageRunsAsManyStatementsForTheLargerServiceAsForTheSmaller() throws Exception {
        Map<String, Long> forSmall = statementsPerPage(small);
        Map<String, Long> forLarge = statementsPerPage(large);

        assertThat(forSmall.values()).as("statements are counted").allSatisfy(n -> assertThat(n).isPositive());
        assertThat(forLarge).as("statements per page, small service " + forSmall).isEqualTo(forSmall);
        LoggerFactory.getLogger(PageStatementsIT.class).info("Statements per page: {}", forLarge);
    }

    private Map<String, Long> statementsPerPage(Demo d) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("caseload", statements("/caseload", d.prefix() + "pwp1"));
        counts.put("referral page", statements("/referrals/" + d.referral(), d.prefix() + "pwp1"));
        counts.put("supervision agenda", statements("/supervision/" + d.pwp(), d.prefix() + "supervisor"));
        counts.put("triage queue", statements("/triage", d.prefix() + "allocator"));
        // One query per table, whatever the number of referrals behind it.
        counts.put("outcomes dashboard", statements("/service/outcomes", d.prefix() + "lead"));
        return counts;
    }

    private long statements(String path, String username) throws Exception {
        var signedIn = as(username);
        // Once unmeasured, so caches warmed on a first visit (settings, definitions) count the same for both.
        mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
        StatementCounting.reset();
        mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
        return StatementCounting.statements();
    }

    /** A service of the given size; its first PWP's open case with the fewest or most contacts is the one opened. */
    private Demo demo(int patients, String contacts) {
        String prefix = "ps" + Long.toHexString(System.nanoTime()) + "-";
        UUID service = generator.generate(new DemoPlan(patients, 2026, 1, prefix)).services().get(0).value();
        UUID pwp = jdbc.sql("select id from staff where service_id = ? and username = ?")
                .params(service, prefix + "pwp1").query(UUID.class).single();
        UUID referral = jdbc.sql("""
                        select r.id from referral r
                         where r.service_id = ? and r.practitioner_id = ? and r.status in ('ALLOCATED', 'IN_TREATMENT')
                         order by (select count(*) from appointment a where a.service_id = r.service_id
                                     and a.referral_id = r.id) %s, r.id
                         limit 1
                        """.formatted(contacts.equals("most") ? "desc" : "asc"))
                .params(service, pwp).query(UUID.class).single();
        return new Demo(prefix, service, pwp, referral);
    }

    private long openCases(Demo d) {
        return jdbc.sql("select count(*) from referral where service_id = ? and practitioner_id = ?"
                        + " and status in ('ALLOCATED', 'IN_TREATMENT')")
                .params(d.service(), d.pwp()).query(Long.class).single();
    }

    private long contacts(UUID referral) {
        return jdbc.sql("select count(*) from appointment where referral_id = ?").param(referral)
                .query(Long.class).single();
    }

    private long awaitingTriage(Demo d) {
        return jdbc.sql("select count(*) from referral where service_id = ? and status = 'AWAITING_TRIAGE'")
                .param(d.service()).query(Long.class).single();
    }
}
