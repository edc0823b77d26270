package org.stepwise.setup;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.staff.NewStaffForm;

/** What the operator gives to set up a service, checked before anything is written. */
record NewService(String name, String odsCode, String leadUsername, String leadName, String leadEmail) {

    /** Every problem with what was given, in words an operator can act on; empty when it can be set up. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(name) || name.strip().length() > 200) {
            problems.add("--name: give the service's name, up to 200 characters");
        }
        if (odsCode != null && !odsCode.isBlank() && !odsCode.strip().matches("[A-Za-z0-9]{3,10}")) {
            problems.add("--ods-code: an ODS code is 3 to 10 letters and numbers");
        }
        if (blank(leadUsername) || !NewStaffForm.USERNAME.matcher(leadUsername.strip()).matches()) {
            problems.add("--lead-username: 2 to 64 letters, numbers, dots, hyphens, underscores or @");
        }
        if (blank(leadName) || leadName.strip().length() > 200) {
            problems.add("--lead-name: give the service lead's full name, up to 200 characters");
        }
        if (leadEmail != null && !leadEmail.isBlank() && !leadEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("--lead-email: give an email address such as name@nhs.net, or leave it out");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
