package org.stepwise.staff;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The service lead's "Add a member of staff" form as typed. */
public record NewStaffForm(
        String fullName,
        String username,
        String email,
        List<String> roles,
        Boolean trainee,
        String supervisor,
        String trainedDay,
        String trainedMonth,
        String trainedYear,
        String password) {

    /** What a user name may be made of; the set-up command checks the same. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static NewStaffForm empty() {
        return new NewStaffForm("", "", "", List.of(), false, "", "", "", "", "");
    }

    /** A checkbox left unticked sends nothing. */
    public boolean isTrainee() {
        return Boolean.TRUE.equals(trainee);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role.name());
    }

    /** The person to add, or empty after noting each problem beside its field. Password rules are checked apart. */
    Optional<NewStaff> validate(FormErrors errors, LocalDate today) {
        if (blank(fullName)) {
            errors.add("fullName", "Enter the person's full name");
        }
        if (blank(username)) {
            errors.add("username", "Enter a user name");
        } else if (!USERNAME.matcher(username.strip()).matches()) {
            errors.add("username", "The user name must be 2 to 64 letters, numbers, dots, hyphens, underscores or @");
        }
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter an email address in the correct format, like name@example.nhs.uk");
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                chosen.add(role);
            }
        }
        if (chosen.isEmpty()) {
            errors.add("roles", "Select at least one role");
        }
        if (isTrainee() && !chosen.contains(Role.PWP)) {
            errors.add("trainee", "Only a psychological wellbeing practitioner can be marked as a trainee");
        }
        StaffId supervisorId = null;
        if (!blank(supervisor)) {
            try {
                supervisorId = StaffId.parse(supervisor);
            } catch (RuntimeException e) {
                errors.add("supervisor", "Select a supervisor from the list");
            }
        }
        LocalDate trained = null;
        if (!blank(trainedDay) || !blank(trainedMonth) || !blank(trainedYear)) {
            trained = DateInput.read(trainedDay, trainedMonth, trainedYear, "trainedDay", "Supervisor training date",
                    errors);
            if (trained != null && trained.isAfter(today)) {
                errors.add("trainedDay", "Supervisor training date must be today or in the past");
            }
        }
        if (blank(password)) {
            errors.add("password", "Enter a temporary password");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewStaff(username.strip(), fullName.strip(), blank(email) ? null : email.strip(), password,
                chosen, isTrainee(), supervisorId, trained));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "NewStaffForm[" + username + "]";
    }
}
