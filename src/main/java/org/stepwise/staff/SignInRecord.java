package org.stepwise.staff;

/** A member of staff with their password hash, used only to check a sign-in. */
record SignInRecord(Staff staff, String passwordHash) {

    @Override
    public String toString() {
        return "SignInRecord[" + staff.username() + "]";
    }
}
