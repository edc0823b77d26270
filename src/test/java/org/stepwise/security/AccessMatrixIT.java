package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stepwise.IntegrationTest;
import org.stepwise.WebTest;

/**
 * Every endpoint × every role × every relationship, checked against {@code access-matrix.txt}. An endpoint
 * missing from the file fails the build, and no role reaches a case of another service by any endpoint.
 */
@IntegrationTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(AccessScenario.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired AccessScenario scenarios;

    private final AccessMatrix matrix = AccessMatrix.load();
    private AccessScenario.Built world;

    @Test
    void everyEndpointHasALineInTheMatrix() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues()
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method + " " + path))));
        endpoints.remove("GET /error");
        endpoints.removeIf(e -> e.endsWith(" /error"));
        assertThat(matrix.endpoints()).as("endpoints in access-matrix.txt").containsAll(endpoints);
        assertThat(endpoints).as("endpoints the application serves").containsAll(matrix.endpoints());
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheMatrix() {
        world = scenarios.build();
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessMatrix.Line line : matrix.lines()) {
            if (line.isPublic()) {
                continue;
            }
            for (String role : AccessMatrix.ROLES) {
                AccessScenario.Viewer viewer = world.viewer(role);
                if (!line.aboutACase()) {
                    boolean allowed = line.allows(role, null);
                    tests.add(DynamicTest.dynamicTest(line.endpoint() + " as " + role,
                            () -> check(line, viewer, world.anyCase(), allowed)));
                    continue;
                }
                for (Map.Entry<String, AccessScenario.Case> rel : viewer.relationships().entrySet()) {
                    if (line.path().contains("{staffId}") && rel.getValue().practitioner() == null) {
                        continue;
                    }
                    boolean allowed = line.allows(role, rel.getKey());
                    tests.add(DynamicTest.dynamicTest(line.endpoint() + " as " + role + " on " + rel.getKey() + " case",
                            () -> check(line, viewer, rel.getValue(), allowed)));
                }
                tests.add(DynamicTest.dynamicTest(line.endpoint() + " as " + role + " on another service's case",
                        () -> check(line, viewer, world.otherService(), false)));
            }
        }
        return tests.stream();
    }

    private void check(AccessMatrix.Line line, AccessScenario.Viewer viewer, AccessScenario.Case target,
                       boolean allowed) throws Exception {
        String path = line.path()
                .replace("{staffId}", String.valueOf(target.practitioner()))
                .replace("{step}", "2")
                .replace("{code}", "PHQ9")
                .replace("{section}", "flags");
        if (path.startsWith("/staff/{id}")) {
            path = path.replace("{id}", world.colleague().toString());
        } else if (path.startsWith("/risk-flags/{flagId}")) {
            path = path.replace("{flagId}", target.flag().toString());
        } else if (path.startsWith("/safeguarding/{id}")) {
            path = path.replace("{id}", target.concern().toString());
        } else if (path.startsWith("/onward-referrals/{id}")) {
            path = path.replace("{id}", target.onward().toString());
        } else if (path.startsWith("/tasks/{id}")) {
            path = path.replace("{id}", target.task().toString());
        } else if (path.startsWith("/patients/{id}") || path.startsWith("/audit/patients/{id}")) {
            path = path.replace("{id}", target.patient().toString());
        } else if (path.startsWith("/appointments/{id}")) {
            path = path.replace("{id}", target.appointment().toString());
        } else if (path.startsWith("/service/break-glass/{id}")) {
            path = path.replace("{id}", UUID.randomUUID().toString());
        } else {
            path = path.replace("{id}", target.referral().toString());
        }
        MockHttpServletRequestBuilder request = line.method().equals("GET") ? get(path)
                : post(path).with(csrf()).param("version", "-1").param("instrument", "PHQ9")
                        .param("patient", target.patient().toString());
        int status = mvc.perform(request.with(as(viewer.username()))).andReturn().getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("%s %s as %s", line.method(), path, viewer.role()).isNotIn(401, 403, 404);
        } else {
            assertThat(status).as("%s %s as %s", line.method(), path, viewer.role()).isIn(403, 404);
        }
    }
}
