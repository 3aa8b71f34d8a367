package de.willkommensakademie.sso.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.sso.SsoConfiguration;
import de.willkommensakademie.sso.SsoOverview;
import de.willkommensakademie.sso.SsoSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The operator's single sign-on screen, used by its labels: settings of the class's own authority are saved, refused
 * with the service's translated reasons, and the connection test reports what it found. Single sign-on is switched off
 * again after each test, so the login page of other classes never offers this authority.
 */
class SsoSettingsViewTest extends KaribuTest {

    @Autowired
    SsoSettingsService settings;

    @Autowired
    UserDetailsService accounts;

    TestAuthority authority;

    @BeforeEach
    void openAsOperator() {
        authority = ownAuthority();
        login("operator");
        UI.getCurrent().navigate(SsoSettingsView.class);
    }

    @AfterEach
    void switchSingleSignOnOff() {
        // Back to the defaults (off), so each test starts from a new authority's settings.
        SignedIn.as(accounts, "operator");
        long version = settings.load(authority.id()).version();
        SsoConfiguration d = SsoConfiguration.defaults(authority.id());
        settings.save(new SsoConfiguration(d.authorityId(), version, d.enabled(), d.issuerUri(), d.clientId(),
                d.clientSecretRef(), d.usernameClaim(), d.emailClaim(), d.givenNameClaim(), d.familyNameClaim(),
                d.groupsClaim(), d.manageRoles(), d.employeeGroups(), d.managerGroups(), d.trainerGroups(),
                d.adminGroups(), d.teamClaim(), d.jobRoleClaim(), d.emailDomains(), d.localLogin(),
                d.breakGlassUsername()));
    }

    @Test
    void the_operator_saves_valid_settings_and_sees_the_addresses_for_the_identity_provider() {
        openEditor();
        String registration = "authority-" + authority.id();
        assertThat(area("Redirect URI").getValue()).endsWith("/login/oauth2/code/" + registration)
                .startsWith("http");
        assertThat(area("Redirect URI").isReadOnly()).isTrue();
        assertThat(area("Back-Channel-Logout-URL").getValue()).endsWith("/logout/connect/back-channel/" + registration);
        assertThat(area("Post-Logout-Redirect-URI").getValue()).endsWith("/login");
        assertThat(area("Anmeldelink der Behörde (für das Intranet)").getValue()).contains("/login?authority=t-");
        assertThat(field("Client-Geheimnis (Verweis)").getHelperText())
                .contains("env:NAME", "file:/pfad", "nie gespeichert oder angezeigt");

        fillConnection("https://id.example/realms/musterstadt", "willkommensakademie", "env:WA_TEST_SSO_SECRET");
        _setValue(_get(TextArea.class,
                spec -> spec.withLabel("Gruppen für Führungskräfte")), "wa-manager\n/Leitung");
        _setValue(field("Claim für das Team (optional)"), "team");
        _setValue(_get(TextArea.class,
                spec -> spec.withLabel("E-Mail-Domains der Behörde")), "musterstadt.example, @rathaus.example");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Anmeldung mit Passwort erlauben")), false);
        _setValue(field("Notfall-Administrationskonto (Break-Glass, Benutzername)"), authority.admin().username());
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts())
                .containsExactly("Die Single-Sign-on-Einstellungen für " + authority.name() + " wurden gespeichert.");
        assertThat(_find(SsoSettingsDialog.class)).isEmpty();
        SsoConfiguration saved = settings.load(authority.id());
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.issuerUri()).isEqualTo("https://id.example/realms/musterstadt");
        assertThat(saved.clientId()).isEqualTo("willkommensakademie");
        assertThat(saved.clientSecretRef()).isEqualTo("env:WA_TEST_SSO_SECRET");
        assertThat(saved.managerGroups()).isEqualTo("wa-manager\n/Leitung");
        assertThat(saved.teamClaim()).isEqualTo("team");
        assertThat(saved.localLogin()).isFalse();
        assertThat(saved.breakGlassUsername()).isEqualTo(authority.admin().username());
        assertThat(saved.usernameClaim()).as("defaults kept").isEqualTo("preferred_username");
        assertThat(settings.overview()).filteredOn(row -> row.authorityId() == authority.id()).singleElement()
                .satisfies(row -> {
                    assertThat(row.enabled()).isTrue();
                    assertThat(row.localLogin()).isFalse();
                });
        assertThat(((Span) GridKt._getCellComponent(grid(), rowIndex(), "status")).getText())
                .isEqualTo("Eingeschaltet");
    }

    @Test
    void an_issuer_without_https_is_refused_with_a_translated_reason_and_nothing_typed_is_lost() {
        openEditor();
        fillConnection("http://id.example/realms/musterstadt", "willkommensakademie", "env:WA_TEST_SSO_SECRET");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Bitte geben Sie die Aussteller-Adresse (Issuer URI) mit https "
                + "an; http nur für localhost oder einen Rechnernamen im selben Container-Netz.");
        assertThat(field("Aussteller (Issuer URI)").getValue()).isEqualTo("http://id.example/realms/musterstadt");
        assertThat(settings.load(authority.id()).enabled()).isFalse();
    }

    @Test
    void a_secret_written_in_place_of_a_reference_is_refused() {
        openEditor();
        fillConnection("https://id.example/realms/musterstadt", "willkommensakademie", "s3cr3t-value");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Das Client-Geheimnis wird nur als Verweis angegeben: "
                + "env:NAME (Umgebungsvariable) oder file:/pfad (Datei).");
        assertThat(settings.load(authority.id()).clientSecretRef()).isEmpty();
    }

    @Test
    void switching_password_sign_in_off_needs_a_break_glass_administrator() {
        openEditor();
        fillConnection("https://id.example/realms/musterstadt", "willkommensakademie", "file:/run/secrets/wa-sso");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Anmeldung mit Passwort erlauben")), false);
        assertThat(field("Notfall-Administrationskonto (Break-Glass, Benutzername)").isRequiredIndicatorVisible())
                .isTrue();
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Wer die Anmeldung mit Passwort abschaltet, muss ein "
                + "Notfall-Administrationskonto (Break-Glass) angeben.");
        assertThat(settings.load(authority.id()).localLogin()).isTrue();
    }

    @Test
    void saving_over_someone_elses_change_is_refused_with_the_reload_message() {
        openEditor();
        // Twice: where the authority had no settings yet, the first save stores them at the version the editor holds.
        for (String domains : List.of("vorher.example", "anderswo.example")) {
            SsoConfiguration loaded = settings.load(authority.id());
            settings.save(new SsoConfiguration(loaded.authorityId(), loaded.version(), false, "", "", "",
                    loaded.usernameClaim(), loaded.emailClaim(), loaded.givenNameClaim(), loaded.familyNameClaim(),
                    loaded.groupsClaim(), loaded.manageRoles(), "", "", "", "", "", "", domains, true, ""));
        }

        fillConnection("https://id.example/realms/musterstadt", "willkommensakademie", "env:WA_TEST_SSO_SECRET");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Jemand anderes hat diesen Eintrag inzwischen geändert. "
                + "Bitte schließen Sie das Fenster, laden Sie die Seite neu und wiederholen Sie Ihre Änderung.");
        assertThat(settings.load(authority.id()).emailDomains()).as("the other change stays")
                .isEqualTo("anderswo.example");
        assertThat(field("Client-ID").getValue()).as("nothing typed is lost").isEqualTo("willkommensakademie");
    }

    @Test
    void the_connection_test_reports_an_unreachable_provider() {
        openEditor();
        fillConnection("https://localhost:1/realms/nowhere", "willkommensakademie", "env:WA_TEST_SSO_SECRET");
        _click(_get(Button.class, spec -> spec.withText("Verbindung testen")));

        assertThat(checkTexts()).first().asString()
                .isEqualTo("Die Verbindung zu „https://localhost:1/realms/nowhere“ ist nicht möglich: Der "
                        + "Identitätsdienst ist nicht erreichbar oder das Client-Geheimnis ist nicht lesbar.");
        assertThat(checkTexts()).element(1).asString().startsWith("Technische Meldung: ");
        assertThat(settings.load(authority.id()).enabled()).as("a test saves nothing").isFalse();
    }

    @Test
    void the_connection_test_reports_what_a_reachable_provider_supports(@TempDir Path secrets) throws IOException {
        Path secret = Files.writeString(secrets.resolve("client-secret"), "geheim\n");
        HttpServer provider = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String issuer = "http://localhost:" + provider.getAddress().getPort() + "/realms/test";
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout","backchannel_logout_supported":true,
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
        provider.createContext("/realms/test/.well-known/openid-configuration", exchange -> {
            byte[] body = discovery.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        try {
            openEditor();
            fillConnection(issuer, "willkommensakademie", "file:" + secret);
            _click(_get(Button.class, spec -> spec.withText("Verbindung testen")));

            assertThat(checkTexts()).containsExactly("Erreichbar. Der Identitätsdienst nennt sich „" + issuer + "“.",
                    "Abmeldung beim Identitätsdienst (RP-initiated Logout): unterstützt.",
                    "Back-Channel-Logout: unterstützt.");
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void administrators_and_managers_cannot_open_the_screen_or_use_the_service() {
        for (TestAuthority.Person person : List.of(authority.admin(), authority.manager())) {
            login(person);
            UI.getCurrent().navigate("operator/sso");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                    .as(person.username()).isInstanceOf(NotFoundView.class);
            assertThatThrownBy(() -> settings.load(authority.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(settings::overview).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void openEditor() {
        _click((Button) GridKt._getCellComponent(grid(), rowIndex(), "actions"));
        _get(SsoSettingsDialog.class);
    }

    private void fillConnection(String issuer, String clientId, String secretRef) {
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Single Sign-on eingeschaltet")), true);
        _setValue(field("Aussteller (Issuer URI)"), issuer);
        _setValue(field("Client-ID"), clientId);
        _setValue(field("Client-Geheimnis (Verweis)"), secretRef);
    }

    private int rowIndex() {
        List<SsoOverview> rows = GridKt._findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).authorityId() == authority.id()) {
                return i;
            }
        }
        throw new AssertionError("The list does not show " + authority.name());
    }

    private static List<String> checkTexts() {
        Component result = _get(SsoSettingsDialog.class).getChildren()
                .filter(child -> child.getClassNames().contains("sso-check-result")).findFirst().orElseThrow();
        return result.getChildren().map(child -> ((Paragraph) child).getText()).toList();
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SsoOverview> grid() {
        return _get(Grid.class, spec -> spec.withPredicate(g -> "Single Sign-on".equals(g.getAriaLabel().orElse(null))));
    }
}
