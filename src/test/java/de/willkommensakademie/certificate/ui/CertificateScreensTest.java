package de.willkommensakademie.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.certificate.CertificateRow;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The certificate screens by role: register, manual issue, revoke, bulk issue with progress, public verification. In
 * the class's own authority, so its certificates never reach the demo's register and the bulk issue's figures are
 * exact.
 */
class CertificateScreensTest extends KaribuTest {

    @Test
    void a_manager_certifies_external_training_and_revokes_it_and_the_employee_sees_it() {
        Person holder = ownAuthority().employee();
        login(ownAuthority().manager());
        UI.getCurrent().navigate("certificates");
        _click(_get(Button.class, spec -> spec.withText("Externe Fortbildung bescheinigen")));
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeOption> person = _get(ComboBox.class,
                spec -> spec.withLabel("Person"));
        _setValue(person, person.getListDataView().getItems()
                .filter(option -> option.username().equals(holder.username())).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Zz Englisch am Schalter (B1)");
        _setValue(_get(LocalizedDatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.now().minusDays(2));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Stunden")), 40);
        _click(_get(Button.class, spec -> spec.withText("Bescheinigung ausstellen")));
        assertThat(notificationTexts()).contains("Die Bescheinigung für " + holder.fullName() + " wurde ausgestellt.");

        @SuppressWarnings("unchecked")
        Grid<CertificateRow> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zz Englisch");
        CertificateRow row = GridKt._get(grid, 0);
        assertThat(row.holderName()).isEqualTo(holder.fullName());
        grid.select(row);
        assertThat(_get(Anchor.class, spec -> spec.withText("PDF herunterladen")).getElement()
                .getAttribute("aria-label")).contains(holder.fullName());
        _click(_get(Button.class, spec -> spec.withText("Widerrufen")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Begründung")), "Kurs wurde abgebrochen");
        _click(_get(Dialog.class).getFooter().getElement().getChildren()
                .map(element -> element.getComponent().orElseThrow()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(button -> button.getText().equals("Widerrufen")).findFirst()
                .orElseThrow());
        assertThat(notificationTexts()).anyMatch(text -> text.endsWith("wurde widerrufen."));

        login(holder);
        UI.getCurrent().navigate("certificates");
        assertThat(_find(Button.class, spec -> spec.withText("Externe Fortbildung bescheinigen"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Fehlende Bescheinigungen ausstellen"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<CertificateRow> own = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zz Englisch");
        assertThat(GridKt._get(own, 0).status().name()).isEqualTo("REVOKED");
        own.select(GridKt._get(own, 0));
        assertThat(_find(Button.class, spec -> spec.withText("Widerrufen"))).isEmpty();
    }

    @Test
    void the_register_marks_a_certificate_ending_within_the_reminder_window_as_expiring_soon() {
        // one certificate ending in 20 days, inside the 30-day reminder window, and one after it
        long holder = ownAuthority().buddy().id();
        SignedIn.as(context.getBean(UserDetailsService.class), ownAuthority().manager());
        CertificateService certificates = context.getBean(CertificateService.class);
        certificates.issueExternal(new ExternalTraining(holder, "Zz Erste Hilfe im Betrieb", null,
                LocalDate.now().minusYears(2), 8, "DRK", LocalDate.now().plusDays(20)));
        certificates.issueExternal(new ExternalTraining(holder, "Zz Brandschutz", null,
                LocalDate.now().minusDays(1), 2, "Feuerwehr", LocalDate.now().plusDays(31)));
        login(ownAuthority().manager());
        UI.getCurrent().navigate("certificates");
        @SuppressWarnings("unchecked")
        Grid<CertificateRow> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zz Erste Hilfe im Betrieb");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Läuft bald ab");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zz Brandschutz");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Gültig").doesNotContain("Läuft bald ab");
    }

    @Test
    void bulk_issuing_shows_progress_and_offers_the_zip() throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long moduleId = jdbc.queryForObject("select max(id) from learning_module where authority_id is null",
                Long.class);
        long versionId = jdbc.queryForObject("select min(id) from module_version where module_id = ?", Long.class,
                moduleId);
        // the only completion in the team, so exactly one certificate is issued and nobody had one
        long kevin = ownAuthority().employee().id();
        long authority = ownAuthority().id();
        Timestamp yesterday = Timestamp.from(Instant.now().minusSeconds(86_400));
        jdbc.update("insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,"
                + " started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)"
                + " values (71000001, 0, ?, ?, ?, ?, ?, '', '', 0, ?, null)", authority, kevin, moduleId, versionId,
                yesterday, yesterday);

        login(ownAuthority().manager());
        UI.getCurrent().navigate("certificates");
        _click(_get(Button.class, spec -> spec.withText("Fehlende Bescheinigungen ausstellen")));
        @SuppressWarnings("unchecked")
        ComboBox<TeamOption> team = _get(ComboBox.class, spec -> spec.withLabel("Team"));
        assertThat(team.getWidth()).as("long names are not cut off").isEqualTo("100%");
        assertThat(team.getHelperText()).isNotBlank();
        _setValue(team, team.getListDataView().getItems().filter(option -> option.name().equals(TestAuthority.TEAM))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<ContentSummary> module = _get(ComboBox.class,
                spec -> spec.withLabel("Modul"));
        assertThat(module.getWidth()).isEqualTo("100%");
        _setValue(module, module.getListDataView().getItems().filter(summary -> summary.id() == moduleId)
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Ausstellen")));
        assertThat(UI.getCurrent().getPollInterval()).as("the dialog polls while it works").isPositive();
        // The work ran on the test's thread (synchronous background work); the page learns of it like from a thread.
        MockVaadin.runUIQueue();
        assertThat(_find(Anchor.class, spec -> spec.withText(
                "Alle Bescheinigungen dieses Moduls für das Team herunterladen (ZIP)"))).hasSize(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Fertig: eine Bescheinigung jetzt ausgestellt, niemand hatte schon eine, keine fehlgeschlagen.");
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void the_public_verification_page_tells_valid_expired_revoked_and_unknown_apart() {
        UserDetailsService accounts = context.getBean(UserDetailsService.class);
        CertificateService certificates = context.getBean(CertificateService.class);
        Person holder = ownAuthority().employee();
        long aylin = holder.id();
        SignedIn.as(accounts, ownAuthority().manager());
        long valid = certificates.issueExternal(new ExternalTraining(aylin, "Gültig", null,
                LocalDate.now().minusDays(5), 2, null, null));
        long expired = certificates.issueExternal(new ExternalTraining(aylin, "Abgelaufen", null,
                LocalDate.now().minusYears(3), 2, null, LocalDate.now().minusYears(1)));
        long revoked = certificates.issueExternal(new ExternalTraining(aylin, "Widerrufen", null,
                LocalDate.now().minusDays(5), 2, null, null));
        certificates.revoke(revoked, versionOf(revoked), "Irrtümlich ausgestellt");
        String[] codes = {code(valid), code(expired), code(revoked)};
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);

        List<String> verdicts = List.of("Diese Bescheinigung ist echt und gültig.",
                "Diese Bescheinigung ist echt, aber abgelaufen.",
                "Diese Bescheinigung wurde widerrufen und ist nicht mehr gültig.");
        for (int index = 0; index < codes.length; index++) {
            UI.getCurrent().navigate("verify/" + codes[index]);
            assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText())
                    .isEqualTo(verdicts.get(index));
            assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains(holder.fullName())
                    .doesNotContain("@");
        }
        UI.getCurrent().navigate("verify/" + "B".repeat(32));
        assertThat(_find(Span.class, spec -> spec.withClasses("status-badge"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Zu diesem Code wurde keine Bescheinigung gefunden.");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("verify/" + codes[1]);
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText())
                .isEqualTo("This certificate is genuine but has expired.");
    }

    private long versionOf(long id) {
        return context.getBean(JdbcTemplate.class).queryForObject("select version from certificate where id = ?",
                Long.class, id);
    }

    private String code(long id) {
        return context.getBean(JdbcTemplate.class).queryForObject("select code from certificate where id = ?",
                String.class, id);
    }
}
