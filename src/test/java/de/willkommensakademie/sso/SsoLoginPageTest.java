package de.willkommensakademie.sso;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page's "Mit Dienstkonto anmelden": deep link, choice by e-mail domain, explained refusals, local login. */
class SsoLoginPageTest extends KaribuTest {

    @Autowired
    SsoSettingsRepository settings;

    @Autowired
    SsoSettingsService service;

    @AfterEach
    void switchOff() {
        settings.findAll().forEach(stored -> {
            SsoConfiguration off = with(stored.configuration(), false, true, "");
            stored.apply(off);
            settings.saveAndFlush(stored);
        });
    }

    @Test
    void the_deep_link_of_an_office_offers_its_work_account_sign_in_as_a_plain_link() {
        long id = enable(ownAuthority(), true, "");
        String slug = slugOf(id);

        UI.getCurrent().navigate("login", QueryParameters.of("authority", slug));

        Anchor start = _get(Anchor.class, spec -> spec.withText(t("login.sso.start")));
        assertThat(start.getHref()).isEqualTo("oauth2/authorization/authority-" + id);
        assertThat(start.getElement().hasAttribute("router-ignore")).as("a full page load").isTrue();
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
    }

    @Test
    void with_several_offices_the_e_mail_domain_chooses_the_office() {
        long first = enable(ownAuthority(), true, "stadt-a.example");
        long second = enable(TestAuthority.of(context, SsoLoginPageTest.class, "second"), true, "kreis-b.example");

        UI.getCurrent().navigate("login");

        @SuppressWarnings("unchecked")
        Select<SsoLoginOption> office = _get(Select.class, spec -> spec.withLabel(t("login.sso.authority")));
        assertThat(office.getListDataView().getItems().map(SsoLoginOption::authorityId)).contains(first, second);
        _get(EmailField.class).setValue("p.muster@kreis-b.example");
        assertThat(office.getValue().authorityId()).isEqualTo(second);
    }

    @Test
    void a_refused_sign_in_is_explained_in_the_readers_language_without_technical_detail() {
        UI.getCurrent().navigate("login", QueryParameters.of("sso-error", "wa_missing_email"));

        Div alert = _get(Div.class, spec -> spec.withClasses("sso-error"));
        assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(alert.getElement().getTextRecursively()).contains(UI.getCurrent().getTranslation(
                "login.sso.error.wa_missing_email"));

        UI.getCurrent().navigate("login", QueryParameters.of("sso-error", "something_unheard_of"));
        assertThat(_get(Div.class, spec -> spec.withClasses("sso-error")).getElement().getTextRecursively())
                .contains(UI.getCurrent().getTranslation("login.sso.error.wa_failed"));
    }

    @Test
    void an_office_that_switched_password_login_off_shows_no_password_form_except_on_the_break_glass_link() {
        long id = enable(ownAuthority(), false, "");
        String slug = slugOf(id);

        UI.getCurrent().navigate("login", QueryParameters.of("authority", slug));
        assertThat(_find(LoginForm.class)).as("no password form").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText(t("login.sso.start")))).hasSize(1);

        UI.getCurrent().navigate("login", new QueryParameters(Map.of("authority", List.of(slug), "local",
                List.of(""))));
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
    }

    private long enable(TestAuthority authority, boolean localLogin, String domains) {
        SsoSettings stored = settings.findByAuthorityId(authority.id())
                .orElseGet(() -> new SsoSettings(authority.id()));
        SsoConfiguration base = SsoConfiguration.defaults(authority.id());
        SsoConfiguration configured = new SsoConfiguration(authority.id(), stored.getVersion(), true,
                "https://login.example/realms/test", "willkommensakademie", "env:WA_TEST_SECRET", base.usernameClaim(),
                base.emailClaim(), base.givenNameClaim(), base.familyNameClaim(), base.groupsClaim(), true, "",
                base.managerGroups(), base.trainerGroups(), base.adminGroups(), "", "", domains, true, "");
        stored.apply(with(configured, true, localLogin, localLogin ? "" : authority.admin().username()));
        settings.saveAndFlush(stored);
        return authority.id();
    }

    private static SsoConfiguration with(SsoConfiguration c, boolean enabled, boolean localLogin, String breakGlass) {
        return new SsoConfiguration(c.authorityId(), c.version(), enabled, c.issuerUri(), c.clientId(),
                c.clientSecretRef(), c.usernameClaim(), c.emailClaim(), c.givenNameClaim(), c.familyNameClaim(),
                c.groupsClaim(), c.manageRoles(), c.employeeGroups(), c.managerGroups(), c.trainerGroups(),
                c.adminGroups(), c.teamClaim(), c.jobRoleClaim(), c.emailDomains(), localLogin, breakGlass);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private String slugOf(long authorityId) {
        return service.loginOptions().stream().filter(option -> option.authorityId() == authorityId).findFirst()
                .orElseThrow().slug();
    }
}
