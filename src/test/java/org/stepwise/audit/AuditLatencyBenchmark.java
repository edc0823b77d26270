package org.stepwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.ModelAndView;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * What auditing adds to a page, over loopback HTTP. Requests alternate between the audit interceptor switched on and
 * off, so both halves share the same JIT state, data and machine noise. Prints medians and asserts nothing; it is not
 * named as a test, so it runs only when asked for:
 * {@code ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditLatencyBenchmark}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class AuditLatencyBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int TIMED = 2_000;
    private static final int CASELOAD = 30;
    private static volatile boolean auditing = true;

    @Autowired Fixtures fixtures;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired AuditWriter writer;
    @LocalServerPort int port;

    @Test
    void timePagesWithAndWithoutAuditing() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        List<ReferralId> cases = new ArrayList<>();
        for (int i = 0; i < CASELOAD; i++) {
            ReferralId referral = s.newReferral("Ada" + (char) ('a' + i % 26), "Lovelace", LocalDate.now().minusDays(i));
            referrals.allocate(s.id(), referral, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
            cases.add(referral);
        }
        SignedInClient client = SignedInClient.signIn(port, s.username("Priya Patel"), Fixtures.PASSWORD);
        time("GET /referrals/{id}", () -> client.get("/referrals/" + cases.get(0)).statusCode());
        time("GET /caseload (" + CASELOAD + " patients)", () -> client.get("/caseload").statusCode());
        auditing = true;
        timeWritingAlone(s, referrals.get(s.id(), cases.get(0)).patientId());
    }

    /** One read event in its own transaction, as the interceptor writes it, without HTTP around it. */
    private void timeWritingAlone(TestService s, org.stepwise.shared.PatientId patient) {
        long[] nanos = new long[TIMED];
        for (int i = -WARM_UP; i < TIMED; i++) {
            AuditEvent event = AuditEvent.of(AuditAction.READ, java.time.Instant.now())
                    .by(s.id(), s.lead(), java.util.Set.of()).patient(patient)
                    .record(AuditedRecord.patient(patient)).detail(java.util.Map.of("via", "GET /patients/{id}")).build();
            long start = System.nanoTime();
            writer.writeNow(List.of(event));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        System.out.printf("BENCHMARK %-32s %s%n", "one read event written", summary(nanos));
    }

    private static void time(String page, Request request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            auditing = i % 2 == 0;
            request.send();
        }
        long[][] nanos = new long[2][TIMED / 2];
        for (int i = 0; i < TIMED; i++) {
            auditing = i % 2 == 0;
            long start = System.nanoTime();
            int status = request.send();
            nanos[i % 2][i / 2] = System.nanoTime() - start;
            if (status != 200) {
                throw new IllegalStateException(page + " answered " + status);
            }
        }
        System.out.printf("BENCHMARK %-32s audited %s | unaudited %s | median difference %.2f ms%n", page,
                summary(nanos[0]), summary(nanos[1]), (median(nanos[0]) - median(nanos[1])) / 1e6);
    }

    private static String summary(long[] nanos) {
        Arrays.sort(nanos);
        return String.format("median %5.2f ms, p90 %5.2f ms", median(nanos) / 1e6, nanos[nanos.length * 9 / 10] / 1e6);
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    interface Request {
        int send() throws Exception;
    }

    /** Wraps the real interceptor in one the benchmark can switch off between requests. */
    @TestConfiguration
    static class SwitchableAuditing {

        @Bean
        static BeanPostProcessor switchableAuditInterceptor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PageAccessInterceptor real ? switchable(real) : bean;
                }
            };
        }

        private static PageAccessInterceptor switchable(PageAccessInterceptor real) {
            return new PageAccessInterceptor(null, null) {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                    return !auditing || real.preHandle(request, response, handler);
                }

                @Override
                public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       ModelAndView view) {
                    if (auditing) {
                        real.postHandle(request, response, handler, view);
                    }
                }

                @Override
                public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                            Exception ex) {
                    if (auditing) {
                        real.afterCompletion(request, response, handler, ex);
                    }
                }
            };
        }
    }
}
