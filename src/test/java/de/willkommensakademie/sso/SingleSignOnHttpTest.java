package de.willkommensakademie.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jwt.SignedJWT;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.people.TestAuthority;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Single sign-on end to end over real HTTP against a real OpenID Connect provider started in the test
 * (mock-oauth2-server from Maven Central: discovery, JWKS, authorization code flow with PKCE and nonce, token and
 * userinfo endpoints). Two authorities, each with its own issuer on that server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "app.security.account-check-seconds=0",
        "app.security.logins-per-minute=200"})
@ActiveProfiles("test")
class SingleSignOnHttpTest {

    private static final String CLIENT = "willkommensakademie";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static MockOAuth2Server provider;

    @TempDir
    static Path secrets;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SsoSettingsRepository settings;

    @Autowired
    JdbcTemplate jdbc;

    TestAuthority first;
    TestAuthority second;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void configure() throws IOException {
        first = TestAuthority.of(context, SingleSignOnHttpTest.class);
        second = TestAuthority.of(context, SingleSignOnHttpTest.class, "second");
        Path secret = Files.writeString(secrets.resolve("client-secret"), "demo-secret\n");
        connect(first, "first-idp", secret);
        connect(second, "second-idp", secret);
    }

    private void connect(TestAuthority authority, String issuerId, Path secret) {
        SsoSettings stored = settings.findByAuthorityId(authority.id()).orElseGet(() -> new SsoSettings(
                authority.id()));
        SsoConfiguration defaults = SsoConfiguration.defaults(authority.id());
        stored.apply(new SsoConfiguration(authority.id(), stored.getVersion(), true,
                provider.issuerUrl(issuerId).toString(), CLIENT, "file:" + secret, defaults.usernameClaim(),
                defaults.emailClaim(), defaults.givenNameClaim(), defaults.familyNameClaim(), defaults.groupsClaim(),
                true, "", "wa-manager", "wa-trainer", "wa-admin", "team", "", "", true, ""));
        settings.saveAndFlush(stored);
    }

    @Test
    void the_first_sign_in_creates_the_account_with_mapped_roles_and_a_removed_group_removes_the_role() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();
        HttpResponse<String> done = browser.signIn(first, "first-idp", subject, Map.of("preferred_username",
                "Petra.Neumann-" + subject.substring(4, 10), "email", subject + "@first.example", "email_verified", true,
                "given_name", "Petra", "family_name", "Neumann", "groups", List.of("/wa-manager", "other"), "team",
                TestAuthority.TEAM));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);
        Map<String, Object> account = account(subject);
        assertThat(account).containsEntry("FIRST_NAME", "Petra").containsEntry("AUTHORITY_ID", first.id())
                .containsEntry("TEAM_ID", first.teamId());
        assertThat(roles(subject)).containsExactlyInAnyOrder("EMPLOYEE", "MANAGER");
        assertThat(audit(first.id(), AuditAction.EMPLOYEE_CREATED, (String) account.get("USERNAME"))).isEqualTo(1);
        assertThat(audit(first.id(), AuditAction.LOGIN, (String) account.get("USERNAME"))).as("sign-in audited")
                .isEqualTo(1);

        Browser later = new Browser();
        later.signIn(first, "first-idp", subject, Map.of("preferred_username", "ignored-later", "email",
                subject + "@first.example", "email_verified", true, "given_name", "Petra", "family_name",
                "Neumann-Berg", "groups", List.of("wa-trainer")));

        assertThat(roles(subject)).as("manager taken away, trainer given").containsExactlyInAnyOrder("EMPLOYEE",
                "TRAINER");
        assertThat(account(subject)).containsEntry("LAST_NAME", "Neumann-Berg")
                .containsEntry("USERNAME", account.get("USERNAME")).containsEntry("TEAM_ID", null);
        assertThat(audit(first.id(), AuditAction.ROLES_CHANGED, (String) account.get("USERNAME"))).isEqualTo(1);
        assertThat(browser.get("/").statusCode()).as("the first session had other roles: it ends").isEqualTo(302);
    }

    @Test
    void an_id_token_from_another_issuer_is_refused_with_a_clear_page_and_audited() throws Exception {
        assertRefused(first, "first-idp", Map.of("iss", provider.issuerUrl("elsewhere").toString()));
    }

    @Test
    void an_id_token_for_another_client_is_refused() throws Exception {
        assertRefused(first, "first-idp", Map.of("aud", List.of("another-application")));
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRefused(first, "first-idp", Map.of("exp", Date.from(past), "iat", Date.from(past.minusSeconds(300)),
                "nbf", Date.from(past.minusSeconds(300))));
    }

    @Test
    void a_replayed_answer_of_the_provider_is_refused() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();
        Authorization authorization = browser.authorize(first, "first-idp", subject, claims(subject));
        assertThat(browser.get(authorization.callback()).headers().firstValue("location").orElseThrow())
                .doesNotContain("error");

        HttpResponse<String> replay = browser.get(authorization.callback());

        assertThat(replay.headers().firstValue("location").orElseThrow())
                .contains("/login?sso-error=authorization_request_not_found");
        assertThat(audit(first.id(), AuditAction.SSO_SIGN_IN_REFUSED, "authorization_request_not_found"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_sign_in_without_an_email_claim_is_refused_and_nothing_is_stored() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Map<String, Object> claims = new LinkedHashMap<>(claims(subject));
        claims.remove("email");

        HttpResponse<String> answer = new Browser().signIn(first, "first-idp", subject, claims);

        assertThat(answer.headers().firstValue("location").orElseThrow())
                .contains("/login?sso-error=wa_missing_email&authority=");
        assertThat(jdbc.queryForObject("select count(*) from employee where idp_subject = ?", Long.class, subject))
                .isZero();
        assertThat(audit(first.id(), AuditAction.SSO_SIGN_IN_REFUSED, "wa_missing_email")).isGreaterThanOrEqualTo(1);
        String page = new Browser().get("/login?sso-error=wa_missing_email").body();
        assertThat(page).doesNotContain("Exception").doesNotContain("at de.willkommensakademie");
    }

    @Test
    void back_channel_logout_from_the_provider_ends_the_session() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();
        browser.signIn(first, "first-idp", subject, claims(subject));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = backChannelLogout("first-idp", subject);

        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).as("the session is over").isEqualTo(302);
        Browser again = new Browser();
        again.signIn(first, "first-idp", subject, claims(subject));
        assertThat(again.get("/").statusCode()).as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void a_forged_back_channel_logout_is_refused() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();
        browser.signIn(first, "first-idp", subject, claims(subject));
        // Signed by the provider, but not a logout token (no logout event): refused, the session stays.
        SignedJWT notALogout = provider.anyToken(provider.issuerUrl("first-idp"), Map.of("sub", subject, "aud",
                CLIENT), Duration.ofMinutes(2));

        HttpResponse<String> logout = new Browser().post("/logout/connect/back-channel/"
                + SsoRegistrations.registrationId(first.id()), "logout_token=" + notALogout.serialize());

        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_at_the_provider_too() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();
        browser.signIn(first, "first-idp", subject, claims(subject));
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(browser.get("/")
                .body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> logout = browser.post("/logout", "_csrf=" + token.group(1));

        assertThat(logout.statusCode()).isEqualTo(302);
        String location = logout.headers().firstValue("location").orElseThrow();
        assertThat(location).startsWith(provider.endSessionEndpointUrl("first-idp").toString());
        assertThat(query(location)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/login");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void with_local_login_switched_off_only_the_break_glass_admin_uses_a_password() throws Exception {
        SsoSettings stored = settings.findByAuthorityId(first.id()).orElseThrow();
        SsoConfiguration c = stored.configuration();
        stored.apply(new SsoConfiguration(c.authorityId(), c.version(), true, c.issuerUri(), c.clientId(),
                c.clientSecretRef(), c.usernameClaim(), c.emailClaim(), c.givenNameClaim(), c.familyNameClaim(),
                c.groupsClaim(), c.manageRoles(), c.employeeGroups(), c.managerGroups(), c.trainerGroups(),
                c.adminGroups(), c.teamClaim(), c.jobRoleClaim(), c.emailDomains(), false, first.admin().username()));
        settings.saveAndFlush(stored);

        assertThat(new Browser().passwordLogin(first.employee().username()).headers().firstValue("location")
                .orElseThrow()).as("an ordinary account").contains("error");
        assertThat(new Browser().passwordLogin(first.admin().username()).headers().firstValue("location")
                .orElseThrow()).as("the break-glass admin").doesNotContain("error");
    }

    @Test
    void a_changed_issuer_applies_to_the_next_sign_in_without_a_restart() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Browser before = new Browser();
        before.signIn(first, "first-idp", subject, claims(subject));
        assertThat(before.get("/").statusCode()).isEqualTo(200);
        // A back-channel logout from the old provider first, so anything kept per authority has seen it.
        assertThat(backChannelLogout("first-idp", subject).statusCode()).isEqualTo(200);
        assertThat(before.get("/").statusCode()).isEqualTo(302);
        connect(first, "moved-idp", secrets.resolve("client-secret"));

        String movedSubject = "sub-" + UUID.randomUUID();
        Browser after = new Browser();
        HttpResponse<String> answer = after.signIn(first, "moved-idp", movedSubject, claims(movedSubject));

        assertThat(answer.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        assertThat(after.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select idp_issuer from employee where idp_subject = ?", String.class,
                movedSubject)).isEqualTo(provider.issuerUrl("moved-idp").toString());

        // Back-channel logout from the new provider works at once too.
        assertThat(backChannelLogout("moved-idp", movedSubject).statusCode()).isEqualTo(200);
        assertThat(after.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void two_authorities_with_two_providers_never_mix_accounts() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        new Browser().signIn(first, "first-idp", subject, claims(subject));
        Map<String, Object> secondClaims = new LinkedHashMap<>(claims(subject));
        secondClaims.put("email", subject + "@second.example");
        secondClaims.put("preferred_username", "second-" + subject.substring(4, 12));
        Browser browser = new Browser();
        browser.signIn(second, "second-idp", subject, secondClaims);

        List<Map<String, Object>> accounts = jdbc.queryForList(
                "select authority_id, idp_issuer from employee where idp_subject = ? order by authority_id", subject);
        assertThat(accounts).hasSize(2);
        assertThat(accounts).extracting(row -> row.get("AUTHORITY_ID")).containsExactlyInAnyOrder(first.id(),
                second.id());
        // The first provider's token at the second authority's registration: wrong issuer for it.
        assertRefused(second, "second-idp", Map.of("iss", provider.issuerUrl("first-idp").toString()));
    }

    @Test
    void an_existing_account_is_linked_by_verified_email_never_by_name_alone() throws Exception {
        TestAuthority.Person employee = first.employee();
        String email = jdbc.queryForObject("select email from employee where id = ?", String.class, employee.id());
        String subject = "sub-" + UUID.randomUUID();
        Map<String, Object> sameName = new LinkedHashMap<>(claims(subject));
        sameName.put("preferred_username", employee.username());

        HttpResponse<String> byName = new Browser().signIn(first, "first-idp", subject, sameName);
        assertThat(byName.headers().firstValue("location").orElseThrow()).contains("sso-error=wa_username_taken");

        Map<String, Object> unverified = new LinkedHashMap<>(claims(subject));
        unverified.put("email", email);
        unverified.put("email_verified", false);
        assertThat(new Browser().signIn(first, "first-idp", subject, unverified).headers().firstValue("location")
                .orElseThrow()).contains("sso-error=wa_email_taken");

        unverified.put("email_verified", true);
        Browser browser = new Browser();
        browser.signIn(first, "first-idp", subject, unverified);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select idp_subject from employee where id = ?", String.class, employee.id()))
                .isEqualTo(subject);
        assertThat(audit(first.id(), AuditAction.ACCOUNT_LINKED, employee.username())).isEqualTo(1);
    }

    /**
     * The provider issues an ID token with {@code forged} claims over its own (signed with its key, right nonce): the
     * sign-in is refused with the login page's explanation, audited, and no account is created.
     */
    @Test
    void an_account_an_administrator_allowed_is_linked_by_its_username_even_with_an_unverified_email()
            throws Exception {
        TestAuthority.Person buddy = first.buddy();
        String email = jdbc.queryForObject("select email from employee where id = ?", String.class, buddy.id());
        String subject = "sub-" + UUID.randomUUID();
        Map<String, Object> claims = new LinkedHashMap<>(claims(subject));
        claims.put("preferred_username", buddy.username());
        claims.put("email", email);
        claims.put("email_verified", false);
        assertThat(new Browser().signIn(first, "first-idp", subject, claims).headers().firstValue("location")
                .orElseThrow()).as("not allowed yet").contains("sso-error=wa_email_taken");

        // What "Verknüpfung mit Dienstkonto freigeben" (or SCIM provisioning) stores.
        jdbc.update("update employee set idp_link_allowed = true where id = ?", buddy.id());
        Browser browser = new Browser();
        browser.signIn(first, "first-idp", subject, claims);

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select idp_subject from employee where id = ?", String.class, buddy.id()))
                .isEqualTo(subject);
    }

    private void assertRefused(TestAuthority authority, String issuerId, Map<String, Object> forged)
            throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        Map<String, Object> claims = new LinkedHashMap<>(claims(subject));
        claims.putAll(forged);
        Browser browser = new Browser();

        HttpResponse<String> answer = browser.signIn(authority, issuerId, subject, claims);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("location").orElseThrow())
                .contains("/login?sso-error=invalid_id_token");
        assertThat(jdbc.queryForObject("select count(*) from employee where idp_subject = ?", Long.class, subject))
                .isZero();
        assertThat(audit(authority.id(), AuditAction.SSO_SIGN_IN_REFUSED, "invalid_id_token"))
                .isGreaterThanOrEqualTo(1);
        String page = browser.get("/login?sso-error=invalid_id_token").body();
        assertThat(page).doesNotContain("Exception");
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    /** The provider's back-channel logout call for every session of {@code subject} at the first authority. */
    private HttpResponse<String> backChannelLogout(String issuerId, String subject)
            throws IOException, InterruptedException {
        SignedJWT logoutToken = provider.anyToken(provider.issuerUrl(issuerId), Map.of("sub", subject, "aud", CLIENT,
                "jti", UUID.randomUUID().toString(), "events",
                Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())), Duration.ofMinutes(2));
        return new Browser().post("/logout/connect/back-channel/" + SsoRegistrations.registrationId(first.id()),
                "logout_token=" + logoutToken.serialize());
    }

    private static Map<String, Object> claims(String subject) {
        return Map.of("preferred_username", "u-" + subject.substring(4, 14), "email", subject + "@first.example",
                "email_verified", true, "given_name", "Sam", "family_name", "Tester", "groups", List.of("staff"));
    }

    private Map<String, Object> account(String subject) {
        return jdbc.queryForMap("select * from employee where idp_subject = ?", subject);
    }

    private List<String> roles(String subject) {
        return jdbc.queryForList("select r.role from employee_role r join employee e on e.id = r.employee_id"
                + " where e.idp_subject = ?", String.class, subject);
    }

    private long audit(long authorityId, AuditAction action, String target) {
        return jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ? and target = ?",
                Long.class, authorityId, action.name(), target);
    }

    private record Authorization(String callback, String nonce) {
    }

    /** A cookie-keeping client that does not follow redirects, from an address of its own. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address = "198.51.100." + ADDRESSES.incrementAndGet();

        /** The whole sign-in as a browser goes through it; the answer of the app's callback. */
        HttpResponse<String> signIn(TestAuthority authority, String issuerId, String subject,
                Map<String, Object> claims) throws IOException, InterruptedException {
            return get(authorize(authority, issuerId, subject, claims).callback());
        }

        /** Up to the provider's redirect back to the app (not followed), with the claims the provider will issue. */
        Authorization authorize(TestAuthority authority, String issuerId, String subject, Map<String, Object> claims)
                throws IOException, InterruptedException {
            HttpResponse<String> start = get("/oauth2/authorization/" + SsoRegistrations.registrationId(
                    authority.id()));
            assertThat(start.statusCode()).isEqualTo(302);
            String authorizeUrl = start.headers().firstValue("location").orElseThrow();
            Map<String, String> query = query(authorizeUrl);
            assertThat(query).containsKeys("state", "nonce", "code_challenge").containsEntry("code_challenge_method",
                    "S256");
            provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT),
                    claims, 300));
            HttpResponse<String> back = client.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(302);
            String callback = back.headers().firstValue("location").orElseThrow();
            return new Authorization(URI.create(callback).getRawPath() + "?" + URI.create(callback).getRawQuery(),
                    query.get("nonce"));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The password form as the login page sends it (with the CSRF token from the page's meta tags). */
        HttpResponse<String> passwordLogin(String username) throws IOException, InterruptedException {
            String page = get("/login?local").body();
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(parameter.find() && token.find()).isTrue();
            return post("/login", "username=" + username + "&password=" + URLEncoder.encode(TestAuthority.PASSWORD,
                    StandardCharsets.UTF_8) + "&" + parameter.group(1) + "=" + token.group(1));
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> a));
    }

}
