package de.willkommensakademie.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.people.MyAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly team digest is turned off and on by the manager on the notices page; nobody else sees the setting. */
class ManagerDigestSettingTest extends KaribuTest {

    private static final String SETTING = "Wöchentliche Team-Übersicht per E-Mail";

    @Autowired
    MyAccount employees;

    @Test
    void a_manager_turns_the_weekly_team_digest_off_and_on_again_next_to_the_daily_digest() {
        login("manager");
        boolean daily = employees.myEmailDigest();
        UI.getCurrent().navigate("notices");
        Checkbox setting = _get(Checkbox.class, spec -> spec.withLabel(SETTING));
        assertThat(setting.getValue()).isTrue();
        assertThat(setting.getHelperText()).contains("Einmal pro Woche");
        try {
            _setValue(setting, false);
            assertThat(notificationTexts())
                    .contains("Sie erhalten keine wöchentliche Team-Übersicht mehr per E-Mail.");
            assertThat(employees.myTeamDigest()).isFalse();
            assertThat(employees.myEmailDigest()).as("the daily digest stays as it was").isEqualTo(daily);

            UI.getCurrent().navigate("notices");
            assertThat(_get(Checkbox.class, spec -> spec.withLabel(SETTING)).getValue()).isFalse();
        } finally {
            _setValue(_get(Checkbox.class, spec -> spec.withLabel(SETTING)), true);
        }
        assertThat(employees.myTeamDigest()).isTrue();
    }

    @Test
    void employees_trainers_and_admins_without_the_manager_role_do_not_see_the_setting() {
        for (String username : new String[] {"employee", "trainer", "admin"}) {
            login(username);
            UI.getCurrent().navigate("notices");
            assertThat(_find(Checkbox.class, spec -> spec.withLabel("Tägliche E-Mail mit neuen Benachrichtigungen senden")))
                    .as(username).hasSize(1);
            assertThat(_find(Checkbox.class, spec -> spec.withLabel(SETTING))).as(username).isEmpty();
        }
    }
}
