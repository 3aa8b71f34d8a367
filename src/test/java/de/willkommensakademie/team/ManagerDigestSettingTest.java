package de.willkommensakademie.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly team digest is turned off and on by the manager on the notices page; nobody else sees the setting. A
 * manager of the class's own authority, so the demo manager's setting is never touched.
 */
class ManagerDigestSettingTest extends KaribuTest {

    private static final String SETTING = "Wöchentliche Team-Übersicht per E-Mail";

    @Autowired
    MyAccount employees;

    @Test
    void a_manager_turns_the_weekly_team_digest_off_and_on_again_next_to_the_daily_digest() {
        login(ownAuthority().manager());
        boolean daily = employees.myEmailDigest();
        UI.getCurrent().navigate("notices");
        Checkbox setting = _get(Checkbox.class, spec -> spec.withLabel(SETTING));
        assertThat(setting.getValue()).isTrue();
        assertThat(setting.getHelperText()).contains("Einmal pro Woche");
        _setValue(setting, false);
        assertThat(notificationTexts())
                .contains("Sie erhalten keine wöchentliche Team-Übersicht mehr per E-Mail.");
        assertThat(employees.myTeamDigest()).isFalse();
        assertThat(employees.myEmailDigest()).as("the daily digest stays as it was").isEqualTo(daily);

        UI.getCurrent().navigate("notices");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(SETTING)).getValue()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(SETTING)), true);
        assertThat(employees.myTeamDigest()).isTrue();
    }

    @Test
    void employees_trainers_and_admins_without_the_manager_role_do_not_see_the_setting() {
        TestAuthority authority = ownAuthority();
        for (Person person : List.of(authority.employee(), authority.trainer(), authority.admin())) {
            String username = person.username();
            login(person);
            UI.getCurrent().navigate("notices");
            assertThat(_find(Checkbox.class, spec -> spec.withLabel("Tägliche E-Mail mit neuen Benachrichtigungen senden")))
                    .as(username).hasSize(1);
            assertThat(_find(Checkbox.class, spec -> spec.withLabel(SETTING))).as(username).isEmpty();
        }
    }
}
