package org.stepwise.staff;

import org.stepwise.security.SignInNeeds;

/** A member of staff with their password hash and what their sign-in still needs, used only to sign in. */
record SignInRecord(Staff staff, String passwordHash, SignInNeeds needs) {

    @Override
    public String toString() {
        return "SignInRecord[" + staff.username() + "]";
    }
}
