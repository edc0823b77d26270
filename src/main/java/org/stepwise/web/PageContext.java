package org.stepwise.web;

import java.util.List;

/**
 * What every page needs besides its own content: who is signed in, the navigation their roles
 * allow, the CSRF token every form posts back, and the confirmation left by the last action.
 */
public record PageContext(String userName, String userRoles, List<NavItem> navigation, String csrfParameter,
                          String csrfToken, String path, String notice) {

    public boolean signedIn() {
        return userName != null;
    }

    public record NavItem(String label, String href) {
    }

    public boolean isCurrent(NavItem item) {
        if (item.href().equals("/service")) {
            return path.startsWith("/service") || path.startsWith("/audit");
        }
        return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }
}
