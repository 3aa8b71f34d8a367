package de.willkommensakademie.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.ExternalIdentity;
import de.willkommensakademie.people.IdentityProviderAccounts;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SCIM endpoint over real HTTP, as an identity provider's SCIM client uses it with the token the operator created:
 * accounts created, found, changed, deactivated (ending open sessions) and reactivated in the token's authority only;
 * refused with SCIM errors without a valid token, for another authority's account, for a taken username and for
 * invalid input; and linked at the first sign-in through the provider. Same properties as LoginHttpTest, so both
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "app.security.logins-per-minute=20",
        "app.certificates.verify-per-minute=3", "app.security.account-check-seconds=0"})
@ActiveProfiles("test")
class ScimProvisioningHttpTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCIM_JSON = "application/scim+json";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScimTokens tokens;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    IdentityProviderAccounts identityProviders;

    TestAuthority authority;
    TestAuthority other;
    // one token per authority for the whole class, as an identity provider keeps its token
    static String token;
    static String otherToken;

    @BeforeEach
    void createTokens() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
        if (token == null) {
            SignedIn.as(accounts, "operator");
            token = tokens.create(authority.id()).token();
            otherToken = tokens.create(other.id()).token();
            SignedIn.nobody();
        }
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_account_is_created_read_found_deactivated_and_reactivated_and_its_records_stay() throws Exception {
        HttpResponse<String> created = scim(token, "POST", "/scim/v2/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "erika.scim",
                 "name": {"givenName": "Erika", "familyName": "Muster"}, "externalId": "ext-erika",
                 "emails": [{"value": "other@scim.example", "type": "home"},
                            {"value": "Erika.Scim@scim.example", "type": "work", "primary": true}],
                 "active": true}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("content-type").orElseThrow()).startsWith(SCIM_JSON);
        JsonNode user = JSON.readTree(created.body());
        String id = user.get("id").stringValue();
        assertThat(created.headers().firstValue("location").orElseThrow()).endsWith("/scim/v2/Users/" + id);
        assertThat(user.get("userName").stringValue()).isEqualTo("erika.scim");
        assertThat(user.get("externalId").stringValue()).isEqualTo("ext-erika");
        assertThat(user.at("/emails/0/value").stringValue()).as("the primary address")
                .isEqualTo("erika.scim@scim.example");
        assertThat(user.get("active").booleanValue()).isTrue();
        assertThat(user.at("/meta/resourceType").stringValue()).isEqualTo("User");
        assertThat(user.at("/meta/location").stringValue()).endsWith("/scim/v2/Users/" + id);
        assertThat(user.at("/meta/version").stringValue()).startsWith("W/\"");
        assertThat(created.headers().firstValue("set-cookie")).as("no session for SCIM").isEmpty();
        assertThat(jdbc.queryForMap("""
                select e.authority_id, e.preferred_language, e.idp_link_allowed, j.code, r.role
                from employee e join job_role j on j.id = e.job_role_id join employee_role r on r.employee_id = e.id
                where e.id = ?""", Long.parseLong(id))).containsEntry("AUTHORITY_ID", authority.id())
                .containsEntry("PREFERRED_LANGUAGE", "de").containsEntry("IDP_LINK_ALLOWED", true)
                .containsEntry("CODE", "back-office").containsEntry("ROLE", "EMPLOYEE");
        assertThat(audit("erika.scim", AuditAction.EMPLOYEE_CREATED)).isEqualTo(1);

        HttpResponse<String> read = scim(token, "GET", "/scim/v2/Users/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).at("/name/familyName").stringValue()).isEqualTo("Muster");

        JsonNode found = JSON.readTree(scim(token, "GET", "/scim/v2/Users?filter="
                + encode("userName eq \"Erika.Scim\""), null).body());
        assertThat(found.get("schemas").get(0).stringValue())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(found.get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.at("/Resources/0/id").stringValue()).isEqualTo(id);
        assertThat(JSON.readTree(scim(token, "GET", "/scim/v2/Users?filter=" + encode("userName eq \"nobody.here\""),
                null).body()).get("totalResults").asInt()).isZero();

        // as Entra ID sends it: the operation capitalised, the boolean as text
        HttpResponse<String> deactivated = scim(token, "PATCH", "/scim/v2/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}""");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(JSON.readTree(deactivated.body()).get("active").booleanValue()).isFalse();
        assertThat(active(id)).isFalse();
        assertThat(audit("erika.scim", AuditAction.EMPLOYEE_DEACTIVATED)).isEqualTo(1);

        HttpResponse<String> reactivated = scim(token, "PATCH", "/scim/v2/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "value": {"active": true, "name.givenName": "Erika Maria"}}]}""");
        assertThat(reactivated.statusCode()).as(reactivated.body()).isEqualTo(200);
        assertThat(JSON.readTree(reactivated.body()).at("/name/givenName").stringValue()).isEqualTo("Erika Maria");
        assertThat(active(id)).isTrue();
        assertThat(audit("erika.scim", AuditAction.EMPLOYEE_REACTIVATED)).isEqualTo(1);

        HttpResponse<String> deleted = scim(token, "DELETE", "/scim/v2/Users/" + id, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(active(id)).as("DELETE deactivates").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from employee where id = ? and erased_at is null", Long.class,
                Long.parseLong(id))).as("and erases nothing").isEqualTo(1);
        assertThat(scim(token, "DELETE", "/scim/v2/Users/" + id, null).statusCode()).as("again: no error")
                .isEqualTo(204);
    }

    @Test
    void deactivating_through_scim_ends_the_persons_open_session_and_their_password_sign_in() throws Exception {
        TestAuthority.Person buddy = authority.buddy();
        Browser browser = new Browser();
        assertThat(browser.login(buddy.username()).headers().firstValue("location").orElseThrow())
                .doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        String id = String.valueOf(buddy.id());
        try {
            assertThat(scim(token, "PATCH", "/scim/v2/Users/" + id, """
                    {"Operations": [{"op": "replace", "path": "active", "value": false}]}""").statusCode())
                    .isEqualTo(200);

            HttpResponse<String> next = browser.get("/");
            assertThat(next.statusCode()).as("the open session ends").isEqualTo(302);
            assertThat(next.headers().firstValue("location").orElseThrow()).endsWith("/login");
            assertThat(new Browser().login(buddy.username()).headers().firstValue("location").orElseThrow())
                    .as("no new password sign-in").endsWith("/login?error");
        } finally {
            assertThat(scim(token, "PATCH", "/scim/v2/Users/" + id, """
                    {"Operations": [{"op": "replace", "path": "active", "value": true}]}""").statusCode())
                    .isEqualTo(200);
        }
        assertThat(new Browser().login(buddy.username()).headers().firstValue("location").orElseThrow())
                .as("reactivated").doesNotContain("error");
    }

    @Test
    void requests_without_a_valid_token_are_refused_with_a_scim_error() throws Exception {
        for (String wrong : new String[] {null, "not-a-token", otherToken + "x"}) {
            HttpResponse<String> refused = scim(wrong, "GET", "/scim/v2/Users", null);
            assertThat(refused.statusCode()).as("token %s", wrong).isEqualTo(401);
            assertThat(refused.headers().firstValue("www-authenticate").orElseThrow()).startsWith("Bearer");
            JsonNode error = JSON.readTree(refused.body());
            assertThat(error.get("schemas").get(0).stringValue())
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(error.get("status").stringValue()).isEqualTo("401");
        }
        assertThat(scim(null, "POST", "/scim/v2/Users", "{\"userName\": \"sneaky\"}").statusCode()).isEqualTo(401);

        SignedIn.as(accounts, "operator");
        NewScimToken revoked = tokens.create(authority.id());
        assertThat(scim(revoked.token(), "GET", "/scim/v2/Users?count=1", null).statusCode()).isEqualTo(200);
        tokens.revoke(revoked.id());
        SignedIn.nobody();
        assertThat(scim(revoked.token(), "GET", "/scim/v2/Users?count=1", null).statusCode()).as("revoked")
                .isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from scim_token where token_hash = ?", Long.class, token))
                .as("the token itself is stored nowhere").isZero();
        assertThat(jdbc.queryForObject("select count(*) from scim_token where token_hash = ?", Long.class,
                ScimTokens.hash(token))).isEqualTo(1);
    }

    @Test
    void another_authoritys_token_neither_sees_nor_changes_the_account() throws Exception {
        TestAuthority.Person employee = authority.employee();
        String path = "/scim/v2/Users/" + employee.id();
        String patch = "{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": false}]}";

        for (HttpResponse<String> answer : List.of(scim(otherToken, "GET", path, null),
                scim(otherToken, "PATCH", path, patch), scim(otherToken, "DELETE", path, null),
                scim(otherToken, "PUT", path, "{\"userName\": \"" + employee.username()
                        + "\", \"emails\": [{\"value\": \"taken@over.example\"}]}"))) {
            assertThat(answer.statusCode()).as(answer.request().method()).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).get("status").stringValue()).isEqualTo("404");
        }
        assertThat(JSON.readTree(scim(otherToken, "GET", "/scim/v2/Users?filter=" + encode("userName eq \""
                + employee.username() + "\""), null).body()).get("totalResults").asInt()).isZero();
        JsonNode list = JSON.readTree(scim(otherToken, "GET", "/scim/v2/Users?count=200", null).body());
        assertThat(list.get("Resources").values()).extracting(resource -> resource.get("id").stringValue())
                .doesNotContain(String.valueOf(employee.id())).contains(String.valueOf(other.employee().id()));
        assertThat(active(String.valueOf(employee.id()))).isTrue();
        assertThat(jdbc.queryForObject("select email from employee where id = ?", String.class, employee.id()))
                .isEqualTo(employee.username() + "@test.example");
    }

    @Test
    void taken_names_are_conflicts_and_invalid_requests_bad_requests() throws Exception {
        HttpResponse<String> taken = scim(token, "POST", "/scim/v2/Users", "{\"userName\": \""
                + other.admin().username() + "\", \"emails\": [{\"value\": \"fresh1@scim.example\"}]}");
        assertThat(taken.statusCode()).as("a username of any authority").isEqualTo(409);
        assertThat(JSON.readTree(taken.body()).get("scimType").stringValue()).isEqualTo("uniqueness");
        HttpResponse<String> email = scim(token, "POST", "/scim/v2/Users", "{\"userName\": \"fresh.name\","
                + " \"emails\": [{\"value\": \"" + authority.trainer().username() + "@test.example\"}]}");
        assertThat(email.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(email.body()).get("scimType").stringValue()).isEqualTo("uniqueness");

        assertBadRequest(scim(token, "POST", "/scim/v2/Users", "{\"userName\": \"no.mail\"}"), "invalidValue");
        assertBadRequest(scim(token, "POST", "/scim/v2/Users", "{\"userName\": \"bad.mail\","
                + " \"emails\": [{\"value\": \"not an address\"}]}"), "invalidValue");
        assertBadRequest(scim(token, "POST", "/scim/v2/Users", "{\"userName\": "), "invalidSyntax");
        assertBadRequest(scim(token, "GET", "/scim/v2/Users?filter=" + encode("emails co \"x\""), null),
                "invalidFilter");
        String path = "/scim/v2/Users/" + authority.outsider().id();
        assertBadRequest(scim(token, "PATCH", path, "{\"Operations\": [{\"op\": \"replace\", \"path\": \"userName\","
                + " \"value\": \"renamed\"}]}"), "mutability");
        assertBadRequest(scim(token, "PATCH", path, "{\"Operations\": [{\"op\": \"remove\", \"path\": \"active\"}]}"),
                "invalidValue");
        assertBadRequest(scim(token, "PATCH", path, "{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\","
                + " \"value\": \"maybe\"}]}"), "invalidValue");
        assertThat(scim(token, "GET", "/scim/v2/Users/not-a-number", null).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from employee where username in ('fresh.name', 'no.mail',"
                + " 'bad.mail')", Long.class)).as("nothing stored").isZero();
    }

    @Test
    void put_replaces_name_and_address_and_lists_come_in_pages() throws Exception {
        TestAuthority.Person english = authority.englishSpeaker();
        HttpResponse<String> replaced = scim(token, "PUT", "/scim/v2/Users/" + english.id(), "{\"userName\": \""
                + english.username() + "\", \"name\": {\"givenName\": \"Emma\", \"familyName\": \"Evans-Weber\"},"
                + " \"emails\": [{\"value\": \"emma.weber@scim.example\", \"primary\": true}], \"active\": true}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(jdbc.queryForMap("select last_name, email from employee where id = ?", english.id()))
                .containsEntry("LAST_NAME", "Evans-Weber").containsEntry("EMAIL", "emma.weber@scim.example");
        assertThat(audit(english.username(), AuditAction.EMPLOYEE_UPDATED)).isEqualTo(1);

        JsonNode first = JSON.readTree(scim(token, "GET", "/scim/v2/Users?startIndex=1&count=2", null).body());
        JsonNode second = JSON.readTree(scim(token, "GET", "/scim/v2/Users?startIndex=3&count=2", null).body());
        assertThat(first.get("totalResults").asInt()).isGreaterThanOrEqualTo(9);
        assertThat(first.get("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(second.get("startIndex").asInt()).isEqualTo(3);
        assertThat(second.at("/Resources/0/id").stringValue()).isNotIn(first.at("/Resources/0/id").stringValue(),
                first.at("/Resources/1/id").stringValue());
    }

    @Test
    void the_service_describes_itself_and_answers_other_resources_with_a_scim_404() throws Exception {
        HttpResponse<String> configuration = scim(token, "GET", "/scim/v2/ServiceProviderConfig", null);
        assertThat(configuration.statusCode()).isEqualTo(200);
        JsonNode offered = JSON.readTree(configuration.body());
        assertThat(offered.at("/patch/supported").booleanValue()).isTrue();
        assertThat(offered.at("/filter/maxResults").asInt()).isEqualTo(200);
        assertThat(offered.at("/bulk/supported").booleanValue()).isFalse();
        assertThat(offered.at("/authenticationSchemes/0/type").stringValue()).isEqualTo("oauthbearertoken");

        HttpResponse<String> groups = scim(token, "GET", "/scim/v2/Groups", null);
        assertThat(groups.statusCode()).isEqualTo(404);
        assertThat(groups.headers().firstValue("content-type").orElseThrow()).startsWith(SCIM_JSON);
        assertThat(JSON.readTree(groups.body()).get("status").stringValue()).isEqualTo("404");
        assertThat(scim(null, "GET", "/scim/v2/ServiceProviderConfig", null).statusCode()).as("token first")
                .isEqualTo(401);
    }

    @Test
    void an_account_created_through_scim_is_linked_at_the_first_sign_in_through_the_identity_provider()
            throws Exception {
        HttpResponse<String> created = scim(token, "POST", "/scim/v2/Users", """
                {"userName": "kim.vorab", "name": {"givenName": "Kim", "familyName": "Vorab"},
                 "emails": [{"value": "kim.vorab@scim.example"}]}""");
        long id = Long.parseLong(JSON.readTree(created.body()).get("id").stringValue());

        AppUser signedIn = identityProviders.signIn(authority.id(), new ExternalIdentity(
                "https://idp.scim.example/realms/amt", "subject-kim", "kim.vorab", "kim.vorab@scim.example", true,
                "Kim", "Vorab", null, null, null));

        assertThat(signedIn.accountId()).as("the provisioned account, not a second one").isEqualTo(id);
        assertThat(jdbc.queryForMap("select idp_subject, idp_link_allowed from employee where id = ?", id))
                .containsEntry("IDP_SUBJECT", "subject-kim").containsEntry("IDP_LINK_ALLOWED", false);
        assertThat(audit("kim.vorab", AuditAction.ACCOUNT_LINKED)).isEqualTo(1);
    }

    private static void assertBadRequest(HttpResponse<String> answer, String scimType) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.get("scimType").stringValue()).isEqualTo(scimType);
        assertThat(error.get("status").stringValue()).isEqualTo("400");
    }

    private boolean active(String id) {
        return jdbc.queryForObject("select active from employee where id = ?", Boolean.class, Long.parseLong(id));
    }

    private long audit(String target, AuditAction action) {
        return jdbc.queryForObject("select count(*) from audit_entry where target = ? and action = ?", Long.class,
                target, action.name());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A SCIM client's request: JSON body, no cookies, the bearer token unless null. */
    private HttpResponse<String> scim(String bearer, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", SCIM_JSON).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", SCIM_JSON);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser with cookies, not following redirects, signing in with the password form as LoginHttpTest does. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address = "203.0.113." + ADDRESSES.incrementAndGet();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username) throws IOException, InterruptedException {
            String page = get("/login").body();
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(parameter.find() && token.find()).as("CSRF meta tags in the login page").isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(TestAuthority.PASSWORD) + "&"
                    + parameter.group(1) + "=" + encode(token.group(1));
            return client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address).header("Accept", "text/html,*/*;q=0.8");
        }
    }
}
