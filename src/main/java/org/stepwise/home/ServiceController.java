package org.stepwise.home;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The service lead's page for running the service: every setting, review and report in one place. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class ServiceController {

    @GetMapping("/service")
    String service() {
        return "home/service";
    }
}
