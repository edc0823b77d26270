package org.stepwise.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.Role;

/** Puts the page context on every model, so templates never look anything up themselves. */
@ControllerAdvice
class PageContextAdvice {

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        return contextFor(request);
    }

    /** Exception handlers do not get model attributes, so they build the context here too. */
    static PageContext contextFor(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String parameter = csrf == null ? "_csrf" : csrf.getParameterName();
        String token = csrf == null ? "" : csrf.getToken();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get("notice");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInStaff me)) {
            return new PageContext(null, null, List.of(), parameter, token, request.getRequestURI(), notice);
        }
        return new PageContext(me.fullName(), rolesLabel(me), navigation(me), parameter, token, request.getRequestURI(), notice);
    }

    static List<PageContext.NavItem> navigation(SignedInStaff me) {
        List<PageContext.NavItem> items = new ArrayList<>();
        items.add(new PageContext.NavItem("Home", "/"));
        if (me.treats()) {
            items.add(new PageContext.NavItem("My caseload", "/caseload"));
            items.add(new PageContext.NavItem("My diary", "/diary"));
        }
        if (me.has(Role.SUPERVISOR)) {
            items.add(new PageContext.NavItem("Supervision", "/supervision"));
        }
        if (me.has(Role.ALLOCATOR) || me.has(Role.SERVICE_LEAD)) {
            items.add(new PageContext.NavItem("Triage", "/triage"));
        }
        if (!me.has(Role.ADMINISTRATOR) || me.roles().size() > 1) {
            items.add(new PageContext.NavItem("Waiting lists", "/waiting-lists"));
        }
        boolean clinical = me.roles().stream().anyMatch(r -> r != Role.ADMINISTRATOR);
        if (clinical) {
            items.add(new PageContext.NavItem("My tasks", "/tasks"));
        }
        // The same roles as org.stepwise.risk.RiskRoles.DUTY (web cannot depend on risk, which uses web).
        if (clinical && (me.has(Role.SERVICE_LEAD) || me.has(Role.ALLOCATOR))) {
            items.add(new PageContext.NavItem("Duty", "/duty"));
        }
        if (me.has(Role.SUPERVISOR)) {
            items.add(new PageContext.NavItem("Supervision", "/supervision/risk"));
        }
        items.add(new PageContext.NavItem("Find a patient", "/patients/find"));
        if (me.has(Role.SERVICE_LEAD) || me.has(Role.ADMINISTRATOR)) {
            items.add(new PageContext.NavItem("Staff", "/staff"));
        }
        if (me.has(Role.SERVICE_LEAD)) {
            // One entry for running the service; its page lists settings, questionnaires, risk, emergency access, audit.
            items.add(new PageContext.NavItem("Service", "/service"));
        }
        return items;
    }

    private static String rolesLabel(SignedInStaff me) {
        return me.roles().stream().sorted()
                .map(r -> r == Role.PWP && me.trainee() ? "Trainee PWP" : r.label())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
