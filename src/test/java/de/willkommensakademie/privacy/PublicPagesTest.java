package de.willkommensakademie.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The privacy notice, the accessibility statement and the feedback form as a visitor without an account and as the
 * authority's administrator meet them: readable before sign-in, edited only by the own authority's administrators,
 * sanitised, and feedback recorded with its deadline and announced to the administrators.
 */
class PublicPagesTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PrivacyNoticeService notices;

    @Autowired
    AccessibilityFeedbackService feedback;

    private String slugOf(TestAuthority authority) {
        return notices.authorities().stream().filter(candidate -> candidate.id() == authority.id()).findFirst()
                .orElseThrow().slug();
    }

    /** Opens a page with query parameters (name, value, name, value …), as a link from outside would. */
    private static void open(String route, String... parameters) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int index = 0; index < parameters.length; index += 2) {
            query.put(parameters[index], parameters[index + 1]);
        }
        UI.getCurrent().navigate(route, QueryParameters.simple(query));
    }

    private static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static String markup() {
        return _find(Html.class).stream().map(Html::getInnerHtml).reduce("", String::concat);
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void a_visitor_without_an_account_reads_the_default_privacy_notice_of_the_authority_named_in_the_address() {
        // An authority whose notice no test edits: it shows the template.
        TestAuthority own = TestAuthority.of(context, getClass(), "c");
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);

        open("privacy", "authority", slugOf(own));

        assertThat(_get(H1.class).getText()).isEqualTo("Datenschutzhinweise");
        assertThat(paragraphs()).contains(own.name());
        assertThat(markup()).contains("<h2>Verantwortliche Stelle</h2>").contains(own.name() + "<br>")
                .contains("(noch nicht angegeben)").doesNotContain("{authority}").doesNotContain("{email}");
        // The foot of the page leads on to the same authority's other pages.
        assertThat(_get(Footer.class).getChildren().flatMap(Component::getChildren).flatMap(Component::getChildren)
                .map(link -> ((Anchor) link).getHref()).toList()).containsExactly(
                        "privacy?authority=" + slugOf(own), "accessibility?authority=" + slugOf(own),
                        "accessibility/feedback?authority=" + slugOf(own));
    }

    @Test
    void without_an_authority_in_the_address_a_visitor_chooses_from_the_list_and_an_unknown_one_is_said_so() {
        TestAuthority own = ownAuthority();
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate("privacy");
        assertThat(paragraphs()).contains("Diese Installation dient mehreren Behörden. Bitte wählen Sie Ihre Behörde:");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList())
                .contains("Ausländerbehörde Musterstadt", "Ausländerbehörde Landkreis Beispielheim", own.name());
        assertThat(_find(Html.class)).isEmpty();

        open("accessibility", "authority", "gibt-es-nicht");
        assertThat(paragraphs()).contains("Diese Behörde kennen wir nicht. Bitte wählen Sie Ihre Behörde:");
    }

    @Test
    void a_signed_in_person_reads_the_notice_of_their_own_authority_and_finds_the_links_below_the_navigation() {
        TestAuthority own = ownAuthority();
        login(own.employee());

        UI.getCurrent().navigate("");
        assertThat(_find(Footer.class).getFirst().getElement().getTextRecursively()).contains("Datenschutzhinweise",
                "Erklärung zur Barrierefreiheit", "Barriere melden");

        UI.getCurrent().navigate("privacy");
        assertThat(paragraphs()).contains(own.name());
    }

    @Test
    void the_login_page_links_the_pages_of_the_office_named_in_its_address() {
        TestAuthority own = ownAuthority();
        signOut();

        open("login", "authority", slugOf(own));

        assertThat(_find(Anchor.class).stream().map(Anchor::getHref).toList()).contains(
                "privacy?authority=" + slugOf(own), "accessibility?authority=" + slugOf(own),
                "accessibility/feedback?authority=" + slugOf(own));
    }

    @Test
    void the_admin_edits_the_notice_and_a_script_in_the_markdown_never_reaches_the_page() {
        TestAuthority own = ownAuthority();
        login(own.admin());
        UI.getCurrent().navigate("admin/privacy-notice");

        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse für Datenschutzanfragen")),
                "datenschutz@example.org");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text auf Deutsch (Markdown)")),
                "## Kontakt\n\nSchreiben Sie an {email}.\n\n<script>alert('x')</script>\n\n"
                        + "[Klick](javascript:alert(1)) <img src=x onerror=alert(1)>");
        _click(_get(Button.class, spec -> spec.withText("Vorschau")));
        assertThat(markup()).contains("datenschutz@example.org").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("javascript:");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ?",
                Integer.class, own.id(), "PRIVACY_NOTICE_CHANGED")).isEqualTo(1);
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("privacy", "authority", slugOf(own));
        // Raw HTML stays visible as text, escaped, so nothing in it can run; the link keeps no javascript: target.
        assertThat(markup()).contains("<h2>Kontakt</h2>").contains("Schreiben Sie an datenschutz@example.org.")
                .doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;")
                .doesNotContain("javascript:");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("privacy", "authority", slugOf(own));
        assertThat(markup()).as("the English text is still the template").contains("<h2>Controller</h2>")
                .contains("datenschutz@example.org");
    }

    @Test
    void only_administrators_open_the_editing_screens() {
        TestAuthority own = ownAuthority();
        for (TestAuthority.Person person : List.of(own.manager(), own.employee(), own.trainer())) {
            login(person);
            for (String route : List.of("admin/privacy-notice", "admin/accessibility", "admin/accessibility-feedback")) {
                UI.getCurrent().navigate(route);
                assertThat(currentView()).as("%s opens /%s", person.username(), route)
                        .isInstanceOf(NotFoundView.class);
            }
        }
    }

    @Test
    void another_authoritys_admin_changes_only_their_own_texts_and_an_outdated_save_is_refused() {
        TestAuthority own = ownAuthority();
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        SignedIn.as(accounts, other.admin());
        PrivacyNoticeForm loaded = notices.edited();
        long saved = notices.save(new PrivacyNoticeForm(null, "andere@example.org", null, null, "Andere Behörde {email}",
                null, loaded.version()));

        assertThatThrownBy(() -> notices.save(new PrivacyNoticeForm(null, "spaet@example.org", null, null, null, null,
                loaded.version()))).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "privacy.notice.error.changed-meanwhile");
        assertThat(notices.save(new PrivacyNoticeForm(null, "neu@example.org", null, null, null, null, saved)))
                .isGreaterThan(saved);
        assertThat(notices.notice(slugOf(own), Locale.GERMAN).orElseThrow().markdown())
                .doesNotContain("andere@example.org").doesNotContain("neu@example.org");
        SignedIn.as(accounts, own.admin());
        assertThat(notices.edited().contactEmail()).isNotEqualTo("neu@example.org");
        assertThat(notices.notice(slugOf(other), Locale.GERMAN).orElseThrow().markdown()).contains("neu@example.org");
        SignedIn.nobody();
    }

    @Test
    void the_statement_says_partially_until_the_admin_saves_it_and_then_shows_what_was_chosen() {
        TestAuthority own = ownAuthority();
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("accessibility", "authority", slugOf(own));
        assertThat(_get(H1.class).getText()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly(
                "Stand der Vereinbarkeit mit den Anforderungen", "Nicht barrierefreie Inhalte",
                "Erstellung dieser Erklärung", "Feedback und Kontaktangaben", "Durchsetzungsverfahren");
        assertThat(paragraphs()).contains("Die Willkommensakademie ist wegen der folgenden Unvereinbarkeiten mit den"
                + " Anforderungen der BITV 2.0 nur teilweise vereinbar.", "Die Behörde hat diese Erklärung noch nicht"
                + " geprüft und datiert; bis dahin gilt die mitgelieferte Fassung.");
        assertThat(markup()).contains("Videos, die Trainerinnen und Trainer selbst hochladen");
        assertThat(_get(Anchor.class, spec -> spec.withText("Barriere melden (Formular)")).getHref())
                .isEqualTo("accessibility/feedback?authority=" + slugOf(own));

        login(own.admin());
        UI.getCurrent().navigate("admin/accessibility");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Conformity> conformity = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Stand der Vereinbarkeit"));
        _setValue(conformity, Conformity.FULL);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum der Erklärung")), LocalDate.of(2026, 9, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Zuletzt überprüft am")), LocalDate.of(2026, 8, 1));
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Die Überprüfung kann nicht vor dem Datum der Erklärung liegen.");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Zuletzt überprüft am")), LocalDate.of(2026, 11, 2));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Durchsetzungsstelle (Name, Anschrift, E-Mail, Telefon)")),
                "Ombudsstelle Musterland\nMusterweg 1");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("accessibility", "authority", slugOf(own));
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).doesNotContain("Nicht barrierefreie Inhalte");
        assertThat(paragraphs()).contains("Die Willkommensakademie ist mit den Anforderungen der BITV 2.0 vollständig"
                + " vereinbar.", "Diese Erklärung wurde am 1. September 2026 erstellt und zuletzt am 2. November 2026"
                + " überprüft.", "Die Bewertung beruht auf einer Selbstbewertung der Behörde.",
                "Ombudsstelle Musterland\nMusterweg 1");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ?",
                Integer.class, own.id(), "ACCESSIBILITY_STATEMENT_CHANGED")).isEqualTo(1);
    }

    @Test
    void a_visitor_reports_a_barrier_and_the_admins_get_a_notice_and_a_request_with_its_deadline() {
        TestAuthority own = ownAuthority();
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("accessibility/feedback", "authority", slugOf(own), "page", "Mein Lernen");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Seite, um die es geht (freiwillig)")).getValue())
                .isEqualTo("Mein Lernen");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ihre Nachricht")),
                "Der Fortschrittsbalken wird vom Screenreader nicht vorgelesen.");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Ihre E-Mail-Adresse (freiwillig)")),
                "melderin@example.org");
        int noticesBefore = jdbc.queryForObject("select count(*) from notice where message_key = ?"
                + " and authority_id = ?", Integer.class, "accessibility.feedback.notice", own.id());
        _click(_get(Button.class, spec -> spec.withText("Absenden")));

        LocalDate today = LocalDate.now();
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText())
                .startsWith("Danke. Ihre Meldung ist am").contains(own.name());
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?"
                + " and sender_email = 'melderin@example.org' and page = 'Mein Lernen'", Integer.class, own.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct recipient_id from notice where message_key = ?"
                + " and authority_id = ?", Long.class, "accessibility.feedback.notice", own.id()))
                .containsExactly(own.admin().id());
        assertThat(jdbc.queryForObject("select count(*) from notice where message_key = ? and authority_id = ?",
                Integer.class, "accessibility.feedback.notice", own.id())).isEqualTo(noticesBefore + 1);

        login(own.admin());
        UI.getCurrent().navigate("admin/accessibility-feedback");
        @SuppressWarnings("unchecked")
        Grid<AccessibilityFeedbackRow> grid = _get(Grid.class);
        AccessibilityFeedbackRow row = grid.getGenericDataView().getItems()
                .filter(request -> "melderin@example.org".equals(request.email())).findFirst().orElseThrow();
        assertThat(row.answerBy()).isEqualTo(today.plusMonths(1));
        assertThat(row.overdue()).isFalse();
        assertThat(row.message()).isEqualTo("Der Fortschrittsbalken wird vom Screenreader nicht vorgelesen.");
    }

    @Test
    void a_request_older_than_a_month_is_overdue_until_marked_answered_and_only_the_own_authority_sees_it() {
        TestAuthority own = ownAuthority();
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        Instant old = Instant.now().minus(40, ChronoUnit.DAYS);
        jdbc.update("insert into accessibility_feedback (id, version, authority_id, received_at, message)"
                + " values (next value for accessibility_feedback_seq, 0, ?, ?, 'Alte Meldung')", own.id(),
                Timestamp.from(old));

        login(own.admin());
        UI.getCurrent().navigate("admin/accessibility-feedback");
        @SuppressWarnings("unchecked")
        Grid<AccessibilityFeedbackRow> grid = _get(Grid.class);
        AccessibilityFeedbackRow request = grid.getGenericDataView().getItems()
                .filter(row -> row.message().equals("Alte Meldung")).findFirst().orElseThrow();
        assertThat(request.overdue()).isTrue();
        int auditedBefore = jdbc.queryForObject("select count(*) from audit_entry where authority_id = ?"
                + " and action = ?", Integer.class, own.id(), "ACCESSIBILITY_FEEDBACK_ANSWERED");
        feedback.markAnswered(request.id(), request.version());
        assertThatThrownBy(() -> feedback.markAnswered(request.id(), request.version() + 1))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accessibility.feedback.error.already-answered");
        AccessibilityFeedbackRow answered = feedback.requests().stream()
                .filter(row -> row.id() == request.id()).findFirst().orElseThrow();
        assertThat(answered.overdue()).isFalse();
        assertThat(answered.answeredAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ?",
                Integer.class, own.id(), "ACCESSIBILITY_FEEDBACK_ANSWERED")).isEqualTo(auditedBefore + 1);

        SignedIn.as(accounts, other.admin());
        assertThat(feedback.requests()).extracting(AccessibilityFeedbackRow::message).doesNotContain("Alte Meldung");
        assertThatThrownBy(() -> feedback.markAnswered(request.id(), request.version()))
                .hasMessageContaining("accessibility feedback");
        SignedIn.nobody();
    }

    @Test
    void a_report_without_message_or_with_a_wrong_address_is_refused_with_a_message_and_not_recorded() {
        TestAuthority own = ownAuthority();
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        VaadinSession.getCurrent().setLocale(Locale.GERMAN); // refusals are translated in the session's language
        open("accessibility/feedback", "authority", slugOf(own));
        int before = jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?",
                Integer.class, own.id());

        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Absenden")));
        assertThat(notificationTexts()).contains("Bitte schreiben Sie eine Nachricht.");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ihre Nachricht")), "Kontrast zu schwach");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Ihre E-Mail-Adresse (freiwillig)")), "kein-at");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Absenden")));
        assertThat(notificationTexts()).contains(
                "Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.");

        assertThatThrownBy(() -> feedback.send(slugOf(own), new AccessibilityFeedbackForm(null, null, null,
                "x".repeat(AccessibilityFeedbackForm.MESSAGE_LENGTH + 1)), "192.0.2.1"))
                .hasFieldOrPropertyWithValue("messageKey", "accessibility.feedback.error.message-too-long");
        assertThatThrownBy(() -> feedback.send("gibt-es-nicht", new AccessibilityFeedbackForm(null, null, null,
                "Text"), "192.0.2.1"))
                .hasFieldOrPropertyWithValue("messageKey", "accessibility.feedback.error.authority");
        assertThat(jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?",
                Integer.class, own.id())).isEqualTo(before);
    }

    @Test
    void one_address_sends_at_most_five_reports_an_hour_and_others_are_not_held_up() {
        TestAuthority own = ownAuthority();
        String slug = slugOf(own);
        int before = jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?",
                Integer.class, own.id());
        for (int report = 1; report <= 5; report++) {
            feedback.send(slug, new AccessibilityFeedbackForm(null, null, null, "Meldung " + report), "198.51.100.7");
        }

        assertThatThrownBy(() -> feedback.send(slug, new AccessibilityFeedbackForm(null, null, null, "Meldung 6"),
                "198.51.100.7")).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accessibility.feedback.error.rate-limit");
        feedback.send(slug, new AccessibilityFeedbackForm(null, null, null, "Von anderswo"), "198.51.100.8");
        assertThat(jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?",
                Integer.class, own.id())).isEqualTo(before + 6);
    }

    @Test
    void without_an_authority_in_the_address_the_form_asks_for_one_and_the_report_goes_to_the_chosen_authority() {
        TestAuthority own = ownAuthority();
        signOut();
        UI.getCurrent().setLocale(Locale.GERMAN);
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("accessibility/feedback");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ihre Nachricht")), "Fokus ist nicht sichtbar.");

        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Absenden")));
        assertThat(notificationTexts()).contains("Bitte wählen Sie die Behörde, an die Ihre Meldung gehen soll.");

        @SuppressWarnings("unchecked")
        Select<PublicAuthority> authority = _get(Select.class, spec -> spec.withLabel("Behörde"));
        _setValue(authority, notices.authorities().stream().filter(candidate -> candidate.id() == own.id())
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Absenden")));

        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText()).contains(own.name());
        assertThat(jdbc.queryForObject("select count(*) from accessibility_feedback where authority_id = ?"
                + " and message = 'Fokus ist nicht sichtbar.'", Integer.class, own.id())).isEqualTo(1);
    }

    @Test
    void the_admin_marks_a_request_answered_on_the_list() {
        TestAuthority own = ownAuthority();
        jdbc.update("insert into accessibility_feedback (id, version, authority_id, received_at, sender_name, message)"
                + " values (next value for accessibility_feedback_seq, 0, ?, ?, 'Rita Rollstuhl', 'Knopf zu klein')",
                own.id(), Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)));
        login(own.admin());
        UI.getCurrent().navigate("admin/accessibility-feedback");
        @SuppressWarnings("unchecked")
        Grid<AccessibilityFeedbackRow> grid = _get(Grid.class);
        AccessibilityFeedbackRow request = grid.getGenericDataView().getItems()
                .filter(row -> row.message().equals("Knopf zu klein")).findFirst().orElseThrow();
        assertThat(request.overdue()).isFalse();
        int row = grid.getGenericDataView().getItems().toList().indexOf(request);

        _click((Button) GridKt._getCellComponent(grid, row, "action"));

        assertThat(notificationTexts()).contains("Als beantwortet markiert.");
        assertThat(feedback.requests().stream().filter(found -> found.id() == request.id()).findFirst()
                .orElseThrow().answeredAt()).isNotNull();
    }
}
