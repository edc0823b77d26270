package org.stepwise.caseload;

import java.util.UUID;

/**
 * What the practitioner asked to see.
 *
 * @param step   2, 3 or null for both
 * @param status ALLOCATED, IN_TREATMENT or null for both
 * @param after  the last referral shown on the previous page, or null for the first page
 */
public record CaseloadFilter(Integer step, String status, String name, CaseloadSort sort, boolean descending,
                             UUID after) {

    public static final int PAGE_SIZE = 25;

    public CaseloadFilter {
        if (step != null && step != 2 && step != 3) {
            step = null;
        }
        if (status != null && !status.equals("ALLOCATED") && !status.equals("IN_TREATMENT")) {
            status = null;
        }
        name = name == null || name.isBlank() ? null : name.trim();
        sort = sort == null ? CaseloadSort.WAITED : sort;
    }
}
