package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.willkommensakademie.base.mail.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The defaults: {@code X-Forwarded-*} headers are not trusted ({@code FORWARD_HEADERS_STRATEGY=none}), and without an
 * SMTP host nothing is mailed while health stays UP although a mail sender is always a bean ({@code base.mail}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersIgnoredTest {

    @LocalServerPort
    int port;

    @Autowired
    OutgoingMail mail;

    @Test
    void forwarded_headers_are_ignored_by_default() throws Exception {
        HttpResponse<Void> page = signedOutFromBehindAProxy(port);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location")).hasValue("http://localhost:" + port + "/login");
    }

    @Test
    void without_a_mail_host_nothing_is_mailed_and_health_stays_up() throws Exception {
        assertThat(mail.sender()).isEmpty();

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    /** A signed-out request for a page that needs a sign-in, as a TLS-terminating proxy forwards it. */
    static HttpResponse<Void> signedOutFromBehindAProxy(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/admin/employees"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "akademie.example.org")
                .header("X-Forwarded-Port", "443")
                .build(), HttpResponse.BodyHandlers.discarding());
    }
}
