package org.stepwise.perf;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;

/**
 * The pages clinicians open most, each as its own signed-in person: a practitioner's caseload and one of their
 * cases (the referral page with its score chart), a supervisor's agenda for one of their supervisees, and an
 * allocator's triage queue. Every page request is in the group "page", which the assertions judge; the sign-ins
 * before the load are named apart and judged only for having worked.
 */
final class Journeys {

    static final String PAGE = "page";
    static final String PASSWORD = "stepwise-demo-2026";

    private Journeys() {
    }

    static HttpProtocolBuilder protocol(Settings settings) {
        // Redirects are not followed, so a page that sends someone back to sign in counts as a failure.
        return http.baseUrl(settings.baseUrl()).disableFollowRedirect().acceptHeader("text/html")
                .shareConnections();
    }

    /**
     * Signs everyone in, a few at a time (-DsignIns, 4 by default), and keeps each session with the ids the person
     * may open. A fixed number signing in side by side, rather than a rate, keeps the server from queueing sign-ins
     * when it is slow, so the measured load starts from a server with nothing left over.
     */
    static ScenarioBuilder signIn(Settings settings) {
        int rounds = (settings.people() + settings.signIns() - 1) / settings.signIns();
        return scenario("sign in").repeat(rounds).on(
                feed(Staff.peopleThenNobody(settings))
                        .doIf(session -> !session.getString("username").isEmpty()).then(signInOne()));
    }

    private static ChainBuilder signInOne() {
        return exec(flushCookieJar())
                .exec(session -> session.removeAll("csrf", "sid", "ids", "signedIn"))
                .exec(http("sign-in form").get("/sign-in").check(status().is(200),
                        regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/sign-in").formParam("username", "#{username}")
                        .formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(to -> to.contains("/sign-in")).is(false),
                                header("Location").saveAs("signedIn")))
                // Someone whose sign-in failed keeps no session, rather than lending the pages a signed-out one.
                .doIf(session -> session.contains("signedIn")).then(
                        exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sid")))
                                .doSwitch("#{kind}").on(
                                        onCase(Staff.Kind.PRACTITIONER.name()).then(
                                                exec(http("setup: own caseload").get("/caseload")
                                                        .check(status().is(200),
                                                                regex("href=\"/referrals/([0-9a-f-]{36})\"")
                                                                        .findAll().optional().saveAs("ids")))),
                                        onCase(Staff.Kind.SUPERVISOR.name()).then(
                                                exec(http("setup: supervisees").get("/supervision")
                                                        .check(status().is(200),
                                                                regex("href=\"/supervision/([0-9a-f-]{36})\"")
                                                                        .findAll().optional().saveAs("ids")))))
                                .exec(session -> {
                                    Staff.signedIn(Staff.Kind.valueOf(session.getString("kind")),
                                            session.getString("sid"),
                                            session.contains("ids") ? session.<String>getList("ids") : List.of());
                                    return session;
                                }));
    }

    /**
     * One page, chosen in the proportions clinicians open them, as one signed-in person; or always the one page
     * -Dpage names, to time each page on its own.
     */
    static ChainBuilder onePage(Settings settings) {
        if (!settings.page().isBlank()) {
            return switch (settings.page()) {
                case "caseload" -> as(Staff.Kind.PRACTITIONER, false, page("caseload", "/caseload"));
                case "referral" -> as(Staff.Kind.PRACTITIONER, true, page("referral page", "/referrals/#{id}"));
                case "agenda" -> as(Staff.Kind.SUPERVISOR, true, page("supervision agenda", "/supervision/#{id}"));
                case "triage" -> as(Staff.Kind.ALLOCATOR, false, page("triage queue", "/triage"));
                // the service's last 12 months, every step and practitioner: the page a lead opens first
                case "dashboard" -> as(Staff.Kind.LEAD, false, page("outcomes dashboard", "/service/outcomes"));
                default -> throw new IllegalArgumentException(
                        "-Dpage is caseload, referral, agenda, triage or dashboard");
            };
        }
        return randomSwitch().on(
                percent(30).then(as(Staff.Kind.PRACTITIONER, false, page("caseload", "/caseload"))),
                percent(30).then(as(Staff.Kind.PRACTITIONER, true, page("referral page", "/referrals/#{id}"))),
                percent(20).then(as(Staff.Kind.SUPERVISOR, true, page("supervision agenda", "/supervision/#{id}"))),
                percent(20).then(as(Staff.Kind.ALLOCATOR, false, page("triage queue", "/triage"))));
    }

    private static ChainBuilder as(Staff.Kind kind, boolean needsIds, ChainBuilder page) {
        return feed(Staff.feeder(kind, needsIds)).exec(page);
    }

    private static ChainBuilder page(String name, String path) {
        return group(PAGE).on(exec(http(name).get(path).header("Cookie", "JSESSIONID=#{sid}")
                .check(status().is(200))));
    }

    static ScenarioBuilder pages(String name, Settings settings) {
        return scenario(name).exec(onePage(settings));
    }
}
