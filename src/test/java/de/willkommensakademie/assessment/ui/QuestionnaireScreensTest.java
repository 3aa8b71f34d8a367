package de.willkommensakademie.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.assessment.QuestionnaireChoice;
import de.willkommensakademie.assessment.QuestionnaireContent;
import de.willkommensakademie.assessment.QuestionnaireDraft;
import de.willkommensakademie.assessment.Questionnaires;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

/**
 * The questionnaire library and editor as trainers use them, in German and English: adapt the shipped questionnaire,
 * reword, add, move and drop statements, publish; bad input shows the rules' message and publishes nothing; a stale
 * editor is told someone else saved; employees and managers are not let in.
 */
class QuestionnaireScreensTest extends KaribuTest {

    private static final String SHIPPED = "willkommensbehoerde";
    private static final String SHIPPED_TITLE = "Standortbestimmung: Auf dem Weg zur Willkommensbehörde";

    private Questionnaires questionnaires() {
        return context.getBean(Questionnaires.class);
    }

    private long shippedId() {
        return questionnaires().find(null, null, Pageable.unpaged()).stream()
                .filter(summary -> summary.library() && summary.key().equals(SHIPPED)).findFirst().orElseThrow().id();
    }

    private static Button button(String text, String ariaLabel) {
        return _find(Button.class, spec -> spec.withText(text)).stream()
                .filter(button -> ariaLabel.equals(button.getAriaLabel().orElse(null))).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_adapts_rewords_adds_moves_drops_and_publishes_the_questionnaire() {
        TestAuthority authority = ownAuthority();
        login(authority.trainer());
        UI.getCurrent().navigate("questionnaires");
        Grid<ContentSummary> grid = _get(Grid.class);
        ContentSummary shipped = GridKt._findAll(grid).stream().filter(ContentSummary::library)
                .filter(row -> row.key().equals(SHIPPED)).findFirst().orElseThrow();
        assertThat(shipped.title(Locale.GERMAN)).isEqualTo(SHIPPED_TITLE);
        grid.select(shipped);
        assertThat(_find(Button.class, spec -> spec.withText("Bearbeiten"))).as("the shipped one is adapted")
                .isEmpty();
        _click(button("Anpassen", "Anpassen: " + SHIPPED_TITLE));

        assertThat(_get(H2.class).getText()).isEqualTo("Fragebogen bearbeiten: " + SHIPPED_TITLE);
        List<TextArea> german = _find(TextArea.class, spec -> spec.withLabel("Aussage (Deutsch)"));
        assertThat(german).hasSize(40);
        _setValue(german.getFirst(), "Unser Leitbild ist im ganzen Amt gemeinsam entstanden.");
        _click(button("Entfernen", "Entfernen: Aussage „bo-wartezeit“"));
        _click(button("Nach oben", "Nach oben: Aussage „sb-ehrlich-bei-ablehnung“"));
        _click(button("Aussage hinzufügen", "Aussage hinzufügen: Vernetzung"));
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Aussage (Deutsch)")).getLast(),
                "Einmal im Jahr laden wir unsere Partner zu einem Austausch ein.");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Aussage (Englisch)")).getLast(),
                "Once a year we invite our partners to an exchange.");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        assertThat(notificationTexts()).contains("„" + SHIPPED_TITLE + "“ wurde als neue Version veröffentlicht.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Keine Probleme: Der Fragebogen kann veröffentlicht werden.");
        login(authority.admin());
        QuestionnaireChoice choice = questionnaires().forRounds().stream()
                .filter(candidate -> candidate.key().equals(SHIPPED)).findFirst().orElseThrow();
        QuestionnaireContent published = questionnaires().version(choice.versionId());
        assertThat(published.statements().getFirst().text().get("de"))
                .isEqualTo("Unser Leitbild ist im ganzen Amt gemeinsam entstanden.");
        assertThat(published.statement("bo-wartezeit")).as("dropped").isEmpty();
        assertThat(published.statementsOf(Cornerstone.SELF_IMAGE)).extracting(QuestionnaireContent.Statement::key)
                .endsWith("sb-ehrlich-bei-ablehnung", "sb-ermessen-nutzen");
        assertThat(published.statementsOf(Cornerstone.NETWORKING).getLast()).satisfies(added -> {
            assertThat(added.key()).isEqualTo("ve-eigene-1");
            assertThat(added.text().get("en")).isEqualTo("Once a year we invite our partners to an exchange.");
        });
        assertThat(published.statements()).hasSize(40);
    }

    @Test
    void a_shipped_questionnaire_opened_by_its_address_offers_the_own_copy() {
        login(TestAuthority.of(context, getClass(), "d").trainer());
        long shipped = shippedId();
        UI.getCurrent().navigate("questionnaires/edit/" + shipped);

        assertThat(_get(H2.class).getText()).isEqualTo("Mitgelieferter Fragebogen „" + SHIPPED_TITLE + "“");
        _click(_get(Button.class, spec -> spec.withText("Anpassen")));
        assertThat(_get(H2.class).getText()).as("the own copy opens").isEqualTo("Fragebogen bearbeiten: "
                + SHIPPED_TITLE);
        QuestionnaireDraft copy = questionnaires().draft(questionnaires().adapt(shipped));
        assertThat(copy.own()).isTrue();
        assertThat(copy.publishedVersion()).as("a draft until published").isZero();
    }

    @Test
    void bad_input_shows_the_rules_message_in_english_and_publishes_nothing() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "b");
        login(authority.trainer());
        long copy = questionnaires().adapt(shippedId());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("questionnaires/edit/" + copy);

        assertThat(_get(H2.class).getText()).isEqualTo("Edit questionnaire: Self-assessment: on the way to a welcome"
                + " authority");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Statement (German)")).getFirst(), "");
        _click(button("Remove", "Remove: Statement “ae-beschilderung”"));
        for (String key : List.of("ae-formulare-mehrsprachig", "ae-einfache-sprache", "ae-wartebereich",
                "ae-vertrauliche-gespraeche", "ae-website", "ae-empfang", "ae-willkommensbroschuere")) {
            _click(button("Remove", "Remove: Statement “" + key + "”"));
        }
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("There is no statement for this cornerstone yet.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));

        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                "The text of the statement “sb-leitbild-gemeinsam” is missing in the main language (de).",
                "There is no statement for the cornerstone “Appearance and communication”.");
        assertThat(questionnaires().draft(copy).publishedVersion()).as("nothing published").isZero();
    }

    @Test
    void bad_input_in_german_names_the_new_statement_without_text() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "c");
        login(authority.trainer());
        UI.getCurrent().navigate("questionnaires/edit/" + questionnaires().adapt(shippedId()));
        _click(button("Aussage hinzufügen", "Aussage hinzufügen: Kompetenzen"));
        _click(_get(Button.class, spec -> spec.withText("Prüfen")));

        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Der Text der Aussage „ko-eigene-1“ fehlt in der Hauptsprache (de).");
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused_with_the_message() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "e");
        login(authority.trainer());
        long copy = questionnaires().adapt(shippedId());
        UI.getCurrent().navigate("questionnaires/edit/" + copy);
        // Another window of the same authority saves first.
        QuestionnaireDraft meanwhile = questionnaires().draft(copy);
        questionnaires().saveDraft(copy, meanwhile.version(), meanwhile.content());

        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte"
                + " schließen Sie das Fenster, laden Sie die Seite neu und wiederholen Sie Ihre Änderung.");
    }

    @Test
    void employees_and_managers_are_not_let_in() {
        login("trainer");
        long shipped = shippedId();
        for (String user : List.of("employee", "manager")) {
            login(user);
            UI.getCurrent().navigate("questionnaires");
            assertThat(currentView()).as(user).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("questionnaires/edit/" + shipped);
            assertThat(currentView()).as(user).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void a_broken_file_is_imported_not_at_all_and_a_good_one_published() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "f");
        login(authority.trainer());
        String exported = new String(questionnaires().exportYaml(shippedId()), StandardCharsets.UTF_8)
                .replace("key: willkommensbehoerde\n", "key: aus-datei\n");
        UI.getCurrent().navigate("questionnaires");
        _click(_get(Button.class, spec -> spec.withText("Fragebogen importieren (YAML)")));

        UploadKt._upload(_get(Upload.class), "questionnaire.yaml", "application/yaml",
                exported.replaceFirst("cornerstone: SELF_IMAGE", "cornerstone: WELLBEING").getBytes(
                        StandardCharsets.UTF_8));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anySatisfy(text -> assertThat(text)
                .matches("Zeile \\d+: „WELLBEING“ ist kein Eckpunkt\\. Möglich sind: SELF_IMAGE, ORGANISATION,"
                        + " APPEARANCE, COMPETENCES, NETWORKING\\."));
        assertThat(questionnaires().find("aus-datei", null, Pageable.unpaged())).as("nothing stored").isEmpty();

        UploadKt._upload(_get(Upload.class), "questionnaire.yaml", "application/yaml",
                exported.getBytes(StandardCharsets.UTF_8));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Der Fragebogen wurde importiert und veröffentlicht.");
        assertThat(questionnaires().find("aus-datei", null, Pageable.unpaged())).singleElement()
                .satisfies(imported -> assertThat(imported.editable()).isTrue());
    }

    private static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
