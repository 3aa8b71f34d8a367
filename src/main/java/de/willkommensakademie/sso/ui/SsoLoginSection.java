package de.willkommensakademie.sso.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import de.willkommensakademie.base.ui.LoginExtension;
import de.willkommensakademie.base.ui.PageFooter;
import de.willkommensakademie.sso.SignInErrors;
import de.willkommensakademie.sso.SsoLoginOption;
import de.willkommensakademie.sso.SsoSettingsService;

/**
 * "Mit Dienstkonto anmelden" on the login page: one link for the authority of the deep link
 * ({@code /login?authority=slug}) or the only one with single sign-on; otherwise a choice of authority, found from the
 * e-mail address where its domain is known. Refused sign-ins come back here with a reason to explain.
 */
@SpringComponent
class SsoLoginSection implements LoginExtension {

    /** The break-glass way to the password form where an authority switched it off (README "Single sign-on"). */
    static final String LOCAL_PARAMETER = "local";

    private final SsoSettingsService settings;

    SsoLoginSection(SsoSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public Component section(Map<String, List<String>> parameters) {
        List<SsoLoginOption> options = settings.loginOptions();
        Optional<String> error = first(parameters, SignInErrors.PARAMETER)
                .filter(code -> code.matches("[a-z_]{1,40}"));
        if (options.isEmpty() && error.isEmpty()) {
            return null;
        }
        Div section = new Div();
        section.addClassName("sso-login");
        error.ifPresent(code -> section.add(errorBox(code)));
        Optional<String> slug = first(parameters, PageFooter.AUTHORITY_PARAMETER);
        Optional<SsoLoginOption> chosen = slug.flatMap(wanted -> options.stream()
                .filter(option -> option.slug().equals(wanted)).findFirst());
        if (chosen.isEmpty() && options.size() == 1) {
            chosen = Optional.of(options.getFirst());
        }
        if (chosen.isPresent()) {
            section.add(startLink(chosen.get()));
        } else if (!options.isEmpty()) {
            section.add(choice(options));
        }
        if (!passwordFormOffered(parameters)) {
            section.add(new Paragraph(t("login.sso.password-off")));
        }
        return section;
    }

    @Override
    public boolean passwordFormOffered(Map<String, List<String>> parameters) {
        return parameters.containsKey(LOCAL_PARAMETER)
                || settings.passwordFormOffered(first(parameters, PageFooter.AUTHORITY_PARAMETER).orElse(""));
    }

    private static Component errorBox(String code) {
        Div box = new Div();
        box.addClassName("sso-error");
        box.getElement().setAttribute("role", "alert");
        box.add(new H2(t("login.sso.error.title")), new Paragraph(t("login.sso.error." + SignInErrors.shown(code))));
        return box;
    }

    private static Component startLink(SsoLoginOption option) {
        Anchor start = new Anchor(option.startPath(), t("login.sso.start"));
        // A full page load: the sign-in leaves the app for the identity provider.
        start.setRouterIgnore(true);
        start.addClassName("sso-start");
        start.getElement().setAttribute("aria-describedby", "sso-authority");
        Paragraph authority = new Paragraph(t("login.sso.for", option.name()));
        authority.setId("sso-authority");
        Div box = new Div(start, authority);
        box.addClassName("sso-single");
        return box;
    }

    private static Component choice(List<SsoLoginOption> options) {
        EmailField email = new EmailField(t("login.sso.email"));
        email.setHelperText(t("login.sso.email.help"));
        email.setClearButtonVisible(true);
        Select<SsoLoginOption> authority = new Select<>();
        authority.setLabel(t("login.sso.authority"));
        authority.setItems(options);
        authority.setItemLabelGenerator(SsoLoginOption::name);
        email.addValueChangeListener(event -> byDomain(options, event.getValue()).ifPresent(authority::setValue));
        Button start = new Button(t("login.sso.start"), event -> {
            SsoLoginOption target = authority.getValue();
            if (target == null) {
                authority.setInvalid(true);
                authority.setErrorMessage(t("login.sso.authority.required"));
                authority.focus();
                return;
            }
            String hint = email.isInvalid() || email.isEmpty() ? ""
                    : "?login_hint=" + URLEncoder.encode(email.getValue().strip(), StandardCharsets.UTF_8);
            UI.getCurrent().getPage().setLocation(target.startPath() + hint);
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(email, authority, start);
        box.addClassName("sso-choice");
        return box;
    }

    static Optional<SsoLoginOption> byDomain(List<SsoLoginOption> options, String email) {
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return options.stream().filter(option -> option.emailDomains().contains(domain)).findFirst();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
