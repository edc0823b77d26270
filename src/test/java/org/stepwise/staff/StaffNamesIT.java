package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.StaffId;

@IntegrationTest
class StaffNamesIT {

    @Autowired Fixtures fixtures;
    @Autowired StaffDirectory staff;

    @Test
    void namesOnlyThePeopleAskedForAndNeverAnotherServicesStaff() {
        TestService ours = fixtures.service();
        TestService theirs = fixtures.service();
        StaffId priya = ours.pwp("Priya Patel");
        StaffId dan = ours.pwp("Dan Okoye");
        ours.pwp("Emma Whitfield");
        StaffId elsewhere = theirs.pwp("Kasia Nowak");

        assertThat(staff.names(ours.id(), List.of(priya, dan, priya, elsewhere)))
                .containsOnlyKeys(priya, dan)
                .containsEntry(priya, "Priya Patel")
                .containsEntry(dan, "Dan Okoye");
        assertThat(staff.names(ours.id(), List.of())).isEmpty();
    }
}
