package org.stepwise.staff;

/** The change-password form as typed. Never echoed back into the page. */
public record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordForm[hidden]";
    }
}
