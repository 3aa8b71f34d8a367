package de.willkommensakademie.people;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Login over real HTTP: the form, lockout, logout, session fixation and the security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployeeRepository employees;

    @Test
    void the_right_password_signs_in_with_a_new_session_id_and_logout_ends_the_session() throws Exception {
        Browser browser = new Browser();
        String before = browser.get("/login").headers().firstValue("set-cookie").orElseThrow();

        HttpResponse<String> login = browser.login("trainer", "demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        String after = login.headers().firstValue("set-cookie").orElseThrow();
        assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
        assertThat(browser.get("/admin/employees").statusCode()).isEqualTo(200);
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
    void pages_carry_security_headers_and_the_session_cookie_is_http_only() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");
        var headers = page.headers();
        assertThat(headers.firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(headers.firstValue("x-frame-options")).hasValue("DENY");
        assertThat(headers.firstValue("referrer-policy")).hasValue("same-origin");
        assertThat(headers.firstValue("content-security-policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("set-cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Lax");
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

    private long audit(String actor, AuditAction action) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = ?", Long.class,
                actor, action.name());
    }

    private static String sessionId(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** A cookie-keeping client that does not follow redirects, so each answer can be checked. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
            get("/login");
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
