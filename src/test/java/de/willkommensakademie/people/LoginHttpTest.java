package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.audit.AuditAction;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login and public pages over real HTTP: the form and its CSRF token, lockout, logout, session fixation, session
 * timeouts, rate limits per client address and the security headers. Each {@link Browser} comes from its own address
 * ({@code X-Forwarded-For} from the local proxy, trusted with {@code server.forward-headers-strategy=native}), so
 * the rate limits count each test on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "app.security.logins-per-minute=20",
        "app.certificates.verify-per-minute=3", "app.security.account-check-seconds=0"})
@ActiveProfiles("test")
class LoginHttpTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployeeRepository employees;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void the_right_password_signs_in_with_a_new_session_id_and_logout_ends_the_session() throws Exception {
        Browser browser = new Browser();
        String before = browser.get("/login").headers().firstValue("set-cookie").orElseThrow();

        HttpResponse<String> login = browser.login("trainer", "demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        String after = login.headers().firstValue("set-cookie").orElseThrow();
        assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(audit("trainer", AuditAction.LOGIN)).isGreaterThanOrEqualTo(1);

        assertThat(browser.post("/logout", "").statusCode()).as("logout without CSRF token").isEqualTo(403);
        String page = browser.get("/").body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        HttpResponse<String> logout = browser.post("/logout", "_csrf=" + token.group(1));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("location").orElseThrow()).endsWith("/login");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(audit("trainer", AuditAction.LOGOUT)).isGreaterThanOrEqualTo(1);
        assertThat(logout.headers().allValues("set-cookie")).as("the sign-out deletes the session cookie")
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=;") && cookie.contains("Expires=Thu, 01 Jan 1970"));
    }

    @Test
    void a_browser_whose_session_is_gone_is_sent_to_sign_in_and_afterwards_returns_to_its_page() throws Exception {
        Browser browser = new Browser();
        browser.login("employee", "demo");
        // What a browser sends after its instance was stopped or its session timed out: a session nobody knows.
        browser.replaceSessionCookie("4F1C0FFEE0DEADBEEF0000000000000A");

        HttpResponse<String> page = browser.get("/scenarios");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location").orElseThrow()).endsWith("/login");
        // The login page's note itself is rendered by Vaadin after the page loads: LoginViewTest and ClusterIT.

        HttpResponse<String> login = browser.login("employee", "demo");
        assertThat(login.headers().firstValue("location").orElseThrow()).as("back to the page it was on")
                .endsWith("/scenarios?continue");
        assertThat(browser.get("/scenarios").statusCode()).isEqualTo(200);
    }

    @Test
    void programs_with_an_unknown_session_cookie_get_no_new_session() throws Exception {
        Browser program = new Browser();
        program.replaceSessionCookie("4F1C0FFEE0DEADBEEF0000000000000B");
        HttpResponse<String> health = program.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("set-cookie")).isEmpty();
    }

    @Test
    void the_privacy_notice_accessibility_statement_and_feedback_form_open_without_signing_in() throws Exception {
        Browser browser = new Browser();
        for (String path : List.of("/privacy", "/privacy?authority=abh-musterstadt",
                "/accessibility?authority=abh-musterstadt", "/accessibility/feedback?authority=abh-beispielheim")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(browser.get("/admin/privacy-notice").statusCode()).as("the editor needs a sign-in").isEqualTo(302);
    }

    @Test
    void a_cross_site_login_post_without_session_and_token_does_not_sign_in() throws Exception {
        long loginsBefore = audit("trainer", AuditAction.LOGIN);
        Browser victim = new Browser();

        HttpResponse<String> forged = victim.loginWithoutToken("trainer", "demo");

        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("location").orElseThrow()).as("refused, not a redirect into the app")
                .endsWith("/login?expired");
        assertThat(audit("trainer", AuditAction.LOGIN)).isEqualTo(loginsBefore);
        HttpResponse<String> app = victim.get("/admin/employees");
        assertThat(app.statusCode()).as("still signed out").isEqualTo(302);
        assertThat(app.headers().firstValue("location").orElseThrow()).endsWith("/login");

        Browser withStaleToken = new Browser();
        withStaleToken.get("/login");
        assertThat(withStaleToken.post("/login", "username=trainer&password=demo&_csrf=forged").headers()
                .firstValue("location").orElseThrow()).endsWith("/login?expired");
        assertThat(withStaleToken.get("/admin/employees").statusCode()).isEqualTo(302);
    }

    @Test
    void a_wrong_password_is_refused_and_recorded() throws Exception {
        HttpResponse<String> login = new Browser().login("manager", "falsch");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).endsWith("/login?error");
        assertThat(audit("manager", AuditAction.LOGIN_FAILED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        String username = "s.fischer";
        Browser browser = new Browser();
        browser.login(username, "demo");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.login(username, "nicht-richtig-" + attempt).headers().firstValue("location")
                    .orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> locked = new Browser().login(username, "demo");

        assertThat(locked.headers().firstValue("location").orElseThrow()).endsWith("/login?error");
        assertThat(audit(username, AuditAction.LOGIN_FAILED)).isEqualTo(5);
        assertThat(audit(username, AuditAction.ACCOUNT_LOCKED)).isEqualTo(1);
        assertThat(audit(username, AuditAction.LOGIN_BLOCKED)).isEqualTo(1);

        jdbc.update("update employee set locked_until = null where username = ?", username);
        assertThat(new Browser().login(username, "demo").headers().firstValue("location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void a_deactivated_account_cannot_sign_in() throws Exception {
        jdbc.update("update employee set active = false where username = 'k.lange'");
        try {
            assertThat(new Browser().login("k.lange", "demo").headers().firstValue("location").orElseThrow())
                    .endsWith("/login?error");
            assertThat(audit("k.lange", AuditAction.LOGIN_BLOCKED)).isEqualTo(1);
        } finally {
            jdbc.update("update employee set active = true where username = 'k.lange'");
        }
    }

    @Test
    void a_signed_in_session_ends_when_the_account_is_deactivated_or_its_roles_change() throws Exception {
        long id = jdbc.queryForObject("select id from employee where username = 'k.lange'", Long.class);
        try {
            Browser deactivated = new Browser();
            deactivated.login("k.lange", "demo");
            assertThat(deactivated.get("/").statusCode()).isEqualTo(200);
            jdbc.update("update employee set active = false where id = ?", id);
            HttpResponse<String> after = deactivated.get("/");
            assertThat(after.statusCode()).as("sent to sign in again").isEqualTo(302);
            assertThat(after.headers().firstValue("location").orElseThrow()).endsWith("/login");
            jdbc.update("update employee set active = true where id = ?", id);
            assertThat(deactivated.get("/").statusCode()).as("the old session stays ended").isEqualTo(302);

            Browser regraded = new Browser();
            regraded.login("k.lange", "demo");
            assertThat(regraded.get("/").statusCode()).isEqualTo(200);
            jdbc.update("insert into employee_role (employee_id, role) values (?, 'TRAINER')", id);
            assertThat(regraded.get("/").statusCode()).as("other roles: sign in again").isEqualTo(302);
            HttpResponse<String> again = regraded.login("k.lange", "demo");
            assertThat(again.headers().firstValue("location").orElseThrow()).doesNotContain("error");
            assertThat(regraded.get("/").statusCode()).isEqualTo(200);
        } finally {
            jdbc.update("update employee set active = true where id = ?", id);
            jdbc.update("delete from employee_role where employee_id = ? and role = 'TRAINER'", id);
        }
    }

    @Test
    void pages_carry_security_headers_and_the_session_cookie_is_http_only() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("set-cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signed_out_visitors_are_sent_to_login_and_health_is_public() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> home = browser.get("/admin/employees");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("location").orElseThrow()).endsWith("/login");
        HttpResponse<String> health = browser.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(browser.get("/actuator/env").statusCode()).isIn(302, 404);
    }

    @Test
    void login_page_loads_and_sign_in_attempts_are_limited_per_client_address() throws Exception {
        Browser script = new Browser();
        for (int load = 1; load <= 20; load++) {
            assertThat(script.get("/login").statusCode()).as("page load %d", load).isEqualTo(200);
        }
        HttpResponse<String> limited = script.get("/login");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("60");
        assertThat(limited.body()).contains("Zu viele Anfragen").contains("Too many requests");
        assertSecurityHeaders(limited);
        long loginsBefore = audit("manager", AuditAction.LOGIN);
        assertThat(script.post("/login", "username=manager&password=demo").statusCode()).isEqualTo(429);
        assertThat(audit("manager", AuditAction.LOGIN)).isEqualTo(loginsBefore);

        assertThat(new Browser().login("manager", "demo").headers().firstValue("location").orElseThrow())
                .as("another address signs in").doesNotContain("error");
    }

    @Test
    void rate_limited_verification_answers_carry_the_security_headers() throws Exception {
        Browser script = new Browser();
        for (int request = 1; request <= 3; request++) {
            assertThat(script.get("/api/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> limited = script.get("/api/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("60");
        assertSecurityHeaders(limited);
        assertThat(script.get("/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(429);
    }

    @Test
    void anonymous_sessions_are_short_lived_and_signing_in_gives_the_normal_timeout() throws Exception {
        Manager sessions = sessions();
        long before = sessions.getSessionCounter();
        List<String> ids = new ArrayList<>();
        for (String page : List.of("/login", "/login", "/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            HttpResponse<String> answer = new Browser().get(page);
            assertThat(answer.statusCode()).isEqualTo(200);
            ids.add(sessionId(answer.headers().firstValue("set-cookie").orElseThrow()));
        }
        long perNewVisitor = sessions.getSessionCounter() - before;
        Browser returning = new Browser();
        returning.get("/login");
        long beforeRepeat = sessions.getSessionCounter();
        returning.get("/login");
        returning.get("/login?error");
        long repeated = sessions.getSessionCounter() - beforeRepeat;
        long beforeApi = sessions.getSessionCounter();
        new Browser().get("/api/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        long api = sessions.getSessionCounter() - beforeApi;
        System.out.printf("Sessions created: %d for 3 first page loads, %d for 2 repeat loads, %d for the JSON api%n",
                perNewVisitor, repeated, api);

        assertThat(perNewVisitor).as("Vaadin keeps each page's state in a session").isEqualTo(3);
        assertThat(repeated).isZero();
        assertThat(api).as("the verification API stays session-free").isZero();
        for (String id : ids) {
            assertThat(sessions.findSession(id.substring(id.indexOf('=') + 1)).getMaxInactiveInterval())
                    .as("anonymous timeout").isEqualTo(600);
        }

        Browser person = new Browser();
        HttpResponse<String> login = person.login("employee", "demo");
        String signedIn = sessionId(login.headers().firstValue("set-cookie").orElseThrow());
        assertThat(sessions.findSession(signedIn.substring(signedIn.indexOf('=') + 1)).getMaxInactiveInterval())
                .as("signed-in timeout").isEqualTo(1800);
    }

    @Test
    void unknown_and_forbidden_pages_answer_404_while_the_friendly_page_still_loads() throws Exception {
        Browser trainer = new Browser();
        trainer.login("trainer", "demo");

        HttpResponse<String> unknown = trainer.get("/gibt-es-nicht");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html");
        assertSecurityHeaders(unknown);
        assertThat(trainer.get("/admin/employees").statusCode()).as("admins only").isEqualTo(404);
        assertThat(trainer.get("/").statusCode()).isEqualTo(200);
        assertThat(new Browser().get("/gibt-es-nicht").statusCode()).as("signed out: to the login").isEqualTo(302);
    }

    @Test
    void the_favicon_is_served() throws Exception {
        HttpResponse<byte[]> icon = new Browser().getBytes("/favicon.ico");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("content-type").orElseThrow()).startsWith("image/");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    private static void assertSecurityHeaders(HttpResponse<?> answer) {
        var headers = answer.headers();
        assertThat(headers.firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(headers.firstValue("x-frame-options")).hasValue("DENY");
        assertThat(headers.firstValue("referrer-policy")).hasValue("same-origin");
        assertThat(headers.firstValue("content-security-policy").orElseThrow()).contains("frame-ancestors 'none'");
    }

    private Manager sessions() {
        Tomcat tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    private long audit(String actor, AuditAction action) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = ?", Long.class,
                actor, action.name());
    }

    private static String sessionId(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /**
     * A cookie-keeping client that does not follow redirects, so each answer can be checked. It asks for pages as
     * browsers do and comes from an address of its own.
     */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address = "198.51.100." + ADDRESSES.incrementAndGet();

        void replaceSessionCookie(String value) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().removeAll();
            cookies.getCookieStore().add(uri("/"), cookie);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** As the login page does: its form sends the CSRF token named in the page's meta tags. */
        HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
            String page = get("/login").body();
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(parameter.find() && token.find()).as("CSRF meta tags in the login page").isTrue();
            return post("/login", form(List.of("username", username, "password", password, parameter.group(1),
                    token.group(1))));
        }

        /** A form on another site posting straight to the login address: no session, no token. */
        HttpResponse<String> loginWithoutToken(String username, String password)
                throws IOException, InterruptedException {
            return post("/login", form(List.of("username", username, "password", password)));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String form(List<String> pairs) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pairs.size(); i += 2) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
            }
            return body.toString();
        }
    }
}
