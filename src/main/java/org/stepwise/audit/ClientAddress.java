package org.stepwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from. X-Forwarded-For is written by whoever sends the request, so it is believed only when
 * the installation says how many proxies of its own stand in front of Stepwise; each of those appends the address it
 * saw, so the client is that many entries from the right. Anything further left could have been made up.
 */
@Component
class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final int trustedProxyHops;

    ClientAddress(@Value("${stepwise.audit.trusted-proxy-hops:0}") int trustedProxyHops) {
        if (trustedProxyHops < 0) {
            throw new IllegalArgumentException("stepwise.audit.trusted-proxy-hops cannot be negative");
        }
        this.trustedProxyHops = trustedProxyHops;
    }

    String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trustedProxyHops == 0) {
            return literalOr(remote, null);
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    forwarded.add(entry.strip());
                }
            }
        }
        if (forwarded.isEmpty()) {
            return literalOr(remote, null);
        }
        String client = forwarded.get(Math.max(0, forwarded.size() - trustedProxyHops));
        return literalOr(client, literalOr(remote, null));
    }

    /** The address of the request being handled on this thread, if any. */
    String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }

    private static String literalOr(String address, String otherwise) {
        return address != null && IP_LITERAL.matcher(address).matches() ? address : otherwise;
    }
}
