package de.willkommensakademie.sso.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the Keycloak tests do over plain java.net.http, the way a browser would: forms, query strings, cookies. */
final class Http {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private Http() {
    }

    /** Never follows redirects: the tests look at every step. */
    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request, int expectedStatus) throws IOException,
            InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.method() + " " + request.uri() + "\n" + response.headers().map()
                + "\n" + response.body()).isEqualTo(expectedStatus);
        return response;
    }

    static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header from " + response.uri())));
    }

    /** Whether {@code html} is Keycloak's login form (user name and password). */
    static boolean isLoginForm(String html) {
        return LOGIN_FORM.matcher(html).find();
    }

    /** The address Keycloak's login form posts to. */
    static URI loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        assertThat(form.find()).as("Keycloak's login form (kc-form-login) in\n" + html).isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).as("form action").isTrue();
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    static Map<String, String> credentials(String username, String password) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("password", password);
        values.put("credentialId", "");
        return values;
    }

    static Map<String, String> query(URI uri) {
        return query(uri.getRawQuery());
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                    StandardCharsets.UTF_8));
        }
        return values;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** 256 random bits, base64url: state, nonce, PKCE verifier. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A browser's cookie jar, kept by hand: some of Keycloak's cookies are marked Secure, which
     * java.net.CookieManager never sends over http (a browser does, for localhost). Like a browser, cookies for
     * localhost are shared by all ports, so the app's and Keycloak's cookies sit in one jar (their names differ).
     */
    static final class Cookies {
        private final Map<String, String> values = new LinkedHashMap<>();

        HttpRequest.Builder on(HttpRequest.Builder request) {
            if (!values.isEmpty()) {
                request.header("Cookie", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        void take(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    values.remove(name);
                } else {
                    values.put(name, value);
                }
            }
        }
    }
}
