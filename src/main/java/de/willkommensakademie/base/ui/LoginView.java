package de.willkommensakademie.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.EndedSession;

/**
 * Sign-in in German or English; the choice here applies until the person's own preference takes over. Features add
 * other ways of signing in above the form ({@link LoginExtension}). The foot links to the privacy notice and
 * accessibility statement, which everyone may read before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final transient CurrentUser currentUser;
    private final PageFooter footer;
    private final Div extensionArea = new Div();
    private final transient List<LoginExtension> extensions;

    LoginView(CurrentUser currentUser, List<FooterLink> footerLinks, List<LoginExtension> extensions) {
        this.currentUser = currentUser;
        this.extensions = extensions;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedLoginTexts());

        HorizontalLayout languages = new HorizontalLayout();
        languages.setAlignItems(FlexComponent.Alignment.CENTER);
        languages.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        for (Locale locale : Translations.SUPPORTED) {
            Button choose = new Button(getTranslation("language." + locale.getLanguage()), event -> {
                VaadinSession.getCurrent().setLocale(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choose.getElement().setAttribute("lang", locale.getLanguage());
            choose.getElement().setAttribute("aria-pressed", String.valueOf(locale.equals(getLocale())));
            languages.add(choose);
        }
        H1 title = new H1(getTranslation("app.name"));
        footer = new PageFooter(footerLinks);
        extensionArea.addClassName("login-extensions");
        add(title, new Paragraph(getTranslation("login.tagline")), extensionArea, form, languages, footer);
    }

    private LoginI18n translatedLoginTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // An office's deep link (/login?authority=slug) leads on to that office's privacy and accessibility pages.
        footer.forAuthority(parameters.getOrDefault(PageFooter.AUTHORITY_PARAMETER, List.of("")).getFirst());
        extensionArea.removeAll();
        boolean passwordForm = true;
        for (LoginExtension extension : extensions) {
            Component section = extension.section(parameters);
            if (section != null) {
                extensionArea.add(section);
            }
            passwordForm &= extension.passwordFormOffered(parameters);
        }
        form.setVisible(passwordForm);
        if (parameters.containsKey("expired")) {
            // The form was sent with a token of a session that has ended meanwhile (see SecurityConfig).
            form.showErrorMessage(getTranslation("login.expired.title"), getTranslation("login.expired.message"));
            return;
        }
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(EndedSession.ATTRIBUTE) != null) {
            // Said once: reloading the login page later shows it plain again.
            session.removeAttribute(EndedSession.ATTRIBUTE);
            form.showErrorMessage(getTranslation("login.session-ended.title"),
                    getTranslation("login.session-ended.message"));
            return;
        }
        form.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
