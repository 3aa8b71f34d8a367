package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.security.EndedSession;
import org.junit.jupiter.api.Test;

/** The login page after a browser's session was gone (timed out, or its instance stopped): it says why, once. */
class LoginViewTest extends KaribuTest {

    @Test
    void after_an_ended_session_the_login_page_asks_to_sign_in_again_once() {
        VaadinSession.getCurrent().getSession().setAttribute(EndedSession.ATTRIBUTE, Boolean.TRUE);

        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // showErrorMessage puts the texts into the element's i18n property (the getter is not public)
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(t("login.session-ended.title"), t("login.session-ended.message"));

        UI.getCurrent().navigate("login", QueryParameters.of("again", ""));
        assertThat(_get(LoginForm.class).isError()).as("said once").isFalse();
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
