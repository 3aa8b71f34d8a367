package de.willkommensakademie.sso.keycloak;

import static de.willkommensakademie.sso.keycloak.Http.credentials;
import static de.willkommensakademie.sso.keycloak.Http.form;
import static de.willkommensakademie.sso.keycloak.Http.isLoginForm;
import static de.willkommensakademie.sso.keycloak.Http.location;
import static de.willkommensakademie.sso.keycloak.Http.loginFormAction;
import static de.willkommensakademie.sso.keycloak.Http.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app itself against a real Keycloak with the demo realm, configured only by the properties the README's
 * "Single sign-on with Keycloak" names (APP_SSO_ISSUER_URI, APP_SSO_CLIENT_ID, APP_SSO_CLIENT_SECRET_REF,
 * APP_SSO_AUTHORITY): the demo users sign in through Keycloak's login form and get the roles of their groups; a group
 * taken away in Keycloak takes the role away at the next sign-in; signing a user out in Keycloak ends their session
 * in the app (back-channel logout); logging out of the app ends the Keycloak session too (RP-initiated logout).
 * The only change to the imported client is the app's address (a random port instead of localhost:8080, and the
 * back-channel URL reachable from Keycloak's process instead of the compose network's http://proxy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.security.account-check-seconds=0", "app.security.logins-per-minute=200"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakAppSignInIT {

    private static final String REALM = "willkommensakademie";
    private static final String CLIENT_ID = "willkommensakademie";
    private static final String DEMO_SECRET = "demo-only-8d1f3c6e-willkommensakademie";
    private static final String AUTHORITY = "ABH Musterstadt";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @RegisterExtension
    static final KeycloakServer keycloak = new KeycloakServer(REALM);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final KeycloakAdmin admin = new KeycloakAdmin(keycloak, REALM);
    private long authorityId;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) throws IOException {
        // file: instead of the README's env:SSO_CLIENT_SECRET only because a test cannot set its own environment.
        Path secret = Files.createTempFile("willkommensakademie-client-secret", "");
        Files.writeString(secret, DEMO_SECRET + "\n");
        secret.toFile().deleteOnExit();
        registry.add("app.sso.issuer-uri", () -> keycloak.realmUri().toString());
        registry.add("app.sso.client-id", () -> CLIENT_ID);
        registry.add("app.sso.client-secret-ref", () -> "file:" + secret);
        registry.add("app.sso.authority", () -> AUTHORITY);
    }

    @BeforeEach
    void pointTheClientAtThisApp() throws Exception {
        authorityId = jdbc.queryForObject("select id from authority where short_name = ?", Long.class, AUTHORITY);
        JsonNode client = admin.client(CLIENT_ID);
        String app = "http://localhost:" + port;
        ArrayNode redirects = (ArrayNode) client.get("redirectUris");
        if (redirects.valueStream().noneMatch(uri -> uri.asString().startsWith(app))) {
            redirects.add(app + "/login/oauth2/code/authority-*");
        }
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        // Keycloak keeps several post-logout redirect URIs in one attribute, separated by "##".
        attributes.put("post.logout.redirect.uris", "http://localhost:8080/*##" + app + "/*");
        attributes.put("backchannel.logout.url", app + "/logout/connect/back-channel/authority-" + authorityId);
        admin.updateClient(client);
    }

    @Test
    @Order(1)
    void every_demo_user_signs_in_and_gets_the_roles_of_their_groups() throws Exception {
        Map<String, List<String>> expected = Map.of("kc.admin", List.of("EMPLOYEE", "ADMIN"), "kc.manager",
                List.of("EMPLOYEE", "MANAGER"), "kc.trainer", List.of("EMPLOYEE", "TRAINER"), "kc.employee",
                List.of("EMPLOYEE"));
        for (Map.Entry<String, List<String>> user : expected.entrySet()) {
            Browser browser = new Browser();
            browser.signIn(user.getKey());

            String subject = admin.userId(user.getKey());
            Map<String, Object> account = jdbc.queryForMap("select * from employee where idp_subject = ?", subject);
            assertThat(account).as(user.getKey()).containsEntry("AUTHORITY_ID", authorityId)
                    .containsEntry("IDP_ISSUER", keycloak.realmUri().toString())
                    .containsEntry("EMAIL", user.getKey() + "@musterstadt.example");
            assertThat(roles(subject)).as(user.getKey()).containsExactlyInAnyOrderElementsOf(user.getValue());
            // One Keycloak session per user for the tests below: Keycloak 26.5.6 sends a logout token for only one
            // of a user's sessions when an admin signs the user out (KeycloakRealmIT).
            admin.logout(user.getKey());
        }
    }

    @Test
    @Order(2)
    void a_group_changed_in_keycloak_changes_the_role_at_the_next_sign_in() throws Exception {
        new Browser().signIn("kc.manager");
        String subject = admin.userId("kc.manager");
        assertThat(roles(subject)).containsExactlyInAnyOrder("EMPLOYEE", "MANAGER");

        admin.leave("kc.manager", "wa-manager");
        admin.join("kc.manager", "wa-trainer");
        try {
            new Browser().signIn("kc.manager");
            assertThat(roles(subject)).as("manager taken away, trainer given")
                    .containsExactlyInAnyOrder("EMPLOYEE", "TRAINER");
        } finally {
            admin.leave("kc.manager", "wa-trainer");
            admin.join("kc.manager", "wa-manager");
        }
    }

    @Test
    @Order(3)
    void signing_the_user_out_in_keycloak_ends_the_app_session_by_back_channel_logout() throws Exception {
        Browser browser = new Browser();
        browser.signIn("kc.trainer");
        assertThat(browser.get(app("/")).statusCode()).as("signed in").isEqualTo(200);

        // Keycloak sends the logout token(s) before it answers the admin's request.
        admin.logout("kc.trainer");

        HttpResponse<String> after = browser.get(app("/"));
        assertThat(after.statusCode()).as("the app session ended").isEqualTo(302);
        assertThat(location(after).getPath()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from sso_ended_session where issuer = ? and subject = ?",
                Long.class, keycloak.realmUri().toString(), admin.userId("kc.trainer"))).isPositive();
    }

    @Test
    @Order(4)
    void logging_out_of_the_app_ends_the_keycloak_session_too() throws Exception {
        Browser browser = new Browser();
        browser.signIn("kc.admin");
        HttpResponse<String> page = browser.get(app("/"));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token in the page").isTrue();

        HttpResponse<String> logout = browser.post(app("/logout"), Map.of("_csrf", csrf.group(1)));
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = location(logout);
        assertThat(endSession.toString()).startsWith(keycloak.realmUri() + "/protocol/openid-connect/logout?");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/login");

        HttpResponse<String> atKeycloak = browser.get(endSession);
        assertThat(atKeycloak.statusCode()).as("Keycloak logs out without asking (id_token_hint)").isEqualTo(302);
        assertThat(location(atKeycloak).toString()).startsWith("http://localhost:" + port + "/login");
        assertThat(browser.get(app("/")).statusCode()).as("signed out of the app").isEqualTo(302);

        HttpResponse<String> again = browser.get(app("/oauth2/authorization/authority-" + authorityId));
        HttpResponse<String> keycloakAgain = browser.get(location(again));
        assertThat(keycloakAgain.statusCode()).isEqualTo(200);
        assertThat(isLoginForm(keycloakAgain.body())).as("Keycloak asks for the password again").isTrue();
    }

    private List<String> roles(String subject) {
        return jdbc.queryForList("select r.role from employee_role r join employee e on e.id = r.employee_id"
                + " where e.idp_subject = ?", String.class, subject);
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** One browser: its own cookies for the app and Keycloak, every redirect looked at. */
    private final class Browser {

        private final HttpClient http = Http.client();
        private final Http.Cookies cookies = new Http.Cookies();

        /** "Mit Dienstkonto anmelden" for the demo authority, Keycloak's login form, back into the app. */
        void signIn(String username) throws Exception {
            HttpResponse<String> start = get(app("/oauth2/authorization/authority-" + authorityId));
            assertThat(start.statusCode()).isEqualTo(302);
            URI authorization = location(start);
            assertThat(authorization.toString()).startsWith(keycloak.realmUri() + "/protocol/openid-connect/auth?");
            assertThat(query(authorization)).containsEntry("client_id", CLIENT_ID)
                    .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");

            HttpResponse<String> loginPage = get(authorization);
            HttpResponse<String> answer = post(loginFormAction(loginPage.body()), credentials(username, "demo"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            URI callback = location(answer);
            assertThat(callback.toString()).startsWith(app("/login/oauth2/code/authority-" + authorityId) + "?");

            HttpResponse<String> done = get(callback);
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(location(done).toString()).as("signed in, no error page").doesNotContain("/login");
            assertThat(get(app("/")).statusCode()).as(username + " signed in").isEqualTo(200);
        }

        HttpResponse<String> get(URI uri) throws Exception {
            return send(HttpRequest.newBuilder(uri));
        }

        HttpResponse<String> post(URI uri, Map<String, String> fields) throws Exception {
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(cookies.on(request).build(),
                    HttpResponse.BodyHandlers.ofString());
            cookies.take(response);
            return response;
        }
    }
}
