package de.willkommensakademie.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.privacy.RetentionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's retention page (periods, mode, due list with confirmation, run log) and the erasure page, each
 * test in an authority of its own; other people do not reach either page.
 */
class RetentionScreensTest extends KaribuTest {

    @Test
    void an_admin_changes_a_period_and_one_below_the_minimum_is_refused_with_a_message() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        UI.getCurrent().navigate("admin/retention");
        assertThat(_get(H2.class).getText()).isEqualTo("Aufbewahrung und Löschung");
        IntegerField notices = _get(IntegerField.class, spec -> spec.withLabel("Hinweise (Tage)"));
        assertThat(notices.getValue()).isEqualTo(90);
        assertThat(notices.getHelperText()).startsWith("Vorgabe 90, mindestens 30.");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Bescheinigungen ausgeschiedener Personen (Monate)"))
                .getHelperText()).contains("§ 113 BBG");

        _setValue(notices, 29);
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Diese Frist darf nicht kürzer sein als die Mindestfrist (30).");

        _setValue(notices, 60);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Aufbewahrung gespeichert.");
        assertThat(context.getBean(RetentionSettings.class).settings()).filteredOn(
                setting -> setting.type().equals("notices")).singleElement()
                .extracting(RetentionSettings.Setting::period).isEqualTo(60);
    }

    @Test
    void the_due_list_names_the_people_concerned_and_deletes_only_once_confirmed() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "b");
        Person employee = authority.employee();
        long notice = notice(authority, employee, clock().instant().minus(100, ChronoUnit.DAYS));
        login(authority.admin());
        UI.getCurrent().navigate("admin/retention");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(employee.fullName() + ": 1");

        _click(_get(Button.class, spec -> spec.withText("Jetzt löschen: Hinweise")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).isEqualTo("1 Einträge zu 1 Personen werden "
                + "endgültig gelöscht oder anonymisiert. Das lässt sich nicht rückgängig machen.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(exists(notice)).as("cancelled").isTrue();

        _click(_get(Button.class, spec -> spec.withText("Jetzt löschen: Hinweise")));
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).getLast());
        assertThat(notificationTexts()).contains("1 Einträge gelöscht: Hinweise");
        assertThat(exists(notice)).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Jetzt löschen: Hinweise"))).isEmpty();
    }

    @Test
    void an_admin_erases_a_person_with_a_reason_and_sees_what_the_law_keeps() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "c");
        Person employee = authority.employee();
        jdbc().sql("""
                insert into access_entry (id, accessed_at, authority_id, actor_id, actor, subject_id, subject, kind)
                values (:id, :at, :a, :actor, 'admin', :p, :name, 'PERSON_PAGE_VIEWED')""")
                .param("id", -2_000_000 - employee.id()).param("at", clock().instant().atOffset(ZoneOffset.UTC))
                .param("a", authority.id()).param("actor", authority.admin().id()).param("p", employee.id())
                .param("name", employee.fullName()).update();
        login(authority.admin());
        UI.getCurrent().navigate("admin/erasure");
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeOption> person = _get(ComboBox.class, spec -> spec.withLabel("Person"));
        List<EmployeeOption> options = person.getListDataView().getItems().toList();
        assertThat(options).extracting(EmployeeOption::id).contains(employee.id())
                .doesNotContain(authority.admin().id());

        _setValue(person, options.stream().filter(option -> option.id() == employee.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Person löschen")));
        assertThat(notificationTexts()).contains("Bitte Person und Grund angeben.");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Grund")), "Antrag vom 3. Dezember");
        _click(_get(Button.class, spec -> spec.withText("Person löschen")));
        ConfirmDialog confirm = _find(ConfirmDialog.class).getLast();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo(employee.fullName() + " löschen?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).contains(employee.fullName() + " wurde gelöscht.");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(text -> text.startsWith("Zugriffsprotokoll: 1, längstens bis "));
        assertThat(person.getListDataView().getItems().map(EmployeeOption::id)).doesNotContain(employee.id());
    }

    @Test
    void nobody_but_administrators_reaches_the_two_pages() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "d");
        for (Person person : List.of(authority.employee(), authority.manager(), authority.trainer())) {
            login(person);
            for (String route : List.of("admin/retention", "admin/erasure")) {
                UI.getCurrent().navigate(route);
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                        .as("%s on /%s", person.username(), route).isInstanceOf(NotFoundView.class);
            }
        }
    }

    private long notice(TestAuthority authority, Person recipient, Instant created) {
        long id = -3_000_000 - recipient.id();
        jdbc().sql("""
                insert into notice (id, version, authority_id, recipient_id, message_key, arguments, dedupe_key,
                    created_at) values (:id, 0, :a, :p, 'notice.test', '[]', :dedupe, :at)""").param("id", id)
                .param("a", authority.id()).param("p", recipient.id()).param("dedupe", "retention-" + id)
                .param("at", created.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private boolean exists(long notice) {
        return jdbc().sql("select count(*) from notice where id = :id").param("id", notice).query(Long.class)
                .single() > 0;
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    private Clock clock() {
        return context.getBean(Clock.class);
    }
}
