package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link TeamAccess} as the rule it guards: a person of another authority, or of a team the manager does not lead,
 * reads as not found on the person page and for reminders, and the matrix and a single person's page agree for every
 * viewer because they are read through the same followed teams.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeamAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    TeamProgress progress;
    @Autowired
    PersonProgress people;
    @Autowired
    TeamReminders reminders;

    TestAuthority authority;
    TestAuthority other;

    @BeforeEach
    void twoAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_and_another_teams_person_read_as_not_found() {
        long employee = authority.employee().id();
        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> people.of(employee)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reminders.remind(List.of(employee))).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, other.manager());
        assertThatThrownBy(() -> people.of(employee)).isInstanceOf(RecordNotFoundException.class);

        long outsider = authority.outsider().id();
        SignedIn.as(accounts, authority.manager());
        assertThat(people.of(employee)).isNotNull();
        assertThatThrownBy(() -> people.of(outsider)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reminders.remind(List.of(outsider))).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, authority.admin());
        assertThat(people.of(outsider)).as("the administrator follows every team").isNotNull();
    }

    @Test
    void the_matrix_and_a_single_persons_page_agree_for_every_viewer() {
        List<Person> everyone = Stream.concat(authority.everyone().stream(), other.everyone().stream()).toList();
        for (Person viewer : List.of(authority.manager(), authority.admin(), other.manager(), other.admin())) {
            SignedIn.as(accounts, viewer);
            List<Long> listed = progress.matrix(ProgressFilter.none()).people().stream().map(Matrix.PersonRow::id)
                    .toList();
            assertThat(listed).as(viewer.username()).isNotEmpty();
            for (Person person : everyone) {
                if (listed.contains(person.id())) {
                    assertThat(people.of(person.id())).as(viewer.username() + " " + person.username()).isNotNull();
                } else {
                    assertThatThrownBy(() -> people.of(person.id())).as(viewer.username() + " " + person.username())
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
        }
    }
}
