package de.willkommensakademie.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

/** Failures while opening a page end on calm pages that show no technical details. */
class ErrorPagesTest extends KaribuTest {

    /** Test-only pages that fail the ways real pages can. */
    @Route("test/broken")
    @PermitAll
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("database exploded: jdbc:secret@host");
        }
    }

    @Route("test/missing-record")
    @PermitAll
    public static class MissingRecordView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new RecordNotFoundException("employee", 4711);
        }
    }

    @Route("test/refused")
    @PermitAll
    public static class RefusedView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new DomainException("employee.error.already-inactive", "Aylin Demir");
        }
    }

    @Route("test/refusing-button")
    @PermitAll
    public static class RefusingButtonView extends Div {
        public RefusingButtonView() {
            add(new Button("Deaktivieren", event -> {
                throw new DomainException("employee.error.already-inactive", "Aylin Demir");
            }));
        }
    }

    @Test
    void an_unexpected_failure_shows_the_friendly_error_page_without_details() {
        login("employee");
        UI.getCurrent().navigate("test/broken");
        assertThat(_get(H1.class).getText()).isEqualTo("Etwas ist schiefgelaufen");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).noneMatch(text -> text.contains("jdbc"));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("exploded");
    }

    @Test
    void a_page_refused_by_the_state_of_its_record_says_why_in_the_readers_language() {
        login("employee");
        UI.getCurrent().navigate("test/refused");
        assertThat(_get(H1.class).getText()).isEqualTo("Das geht so nicht");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Aylin Demir ist bereits deaktiviert.");
    }

    @Test
    void a_click_refused_by_the_state_of_a_record_shows_the_translated_reason_not_the_generic_error() {
        login("employee");
        UI.getCurrent().navigate("test/refusing-button");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Deaktivieren")));
        assertThat(notificationTexts()).containsExactly("Aylin Demir ist bereits deaktiviert.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Deaktivieren")));
        // The German notification was closed by the new one but is still attached; the newest is the English one.
        assertThat(notificationTexts()).last().isEqualTo("Aylin Demir has already been deactivated.");
    }

    @Test
    void a_sign_in_refused_for_an_expired_token_says_the_page_had_expired() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        UI ui = UI.getCurrent();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(ui.getTranslation("login.expired.title"), ui.getTranslation("login.expired.message"))
                .doesNotContain(ui.getTranslation("login.error.title"));
    }

    @Test
    void a_record_that_does_not_exist_or_belongs_elsewhere_shows_not_found() {
        login("employee");
        UI.getCurrent().navigate("test/missing-record");
        assertThat(_get(H1.class).getText()).isEqualTo("Seite nicht gefunden");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("4711");
    }
}
