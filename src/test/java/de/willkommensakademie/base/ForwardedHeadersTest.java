package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * {@code FORWARD_HEADERS_STRATEGY=framework} works from the setting the app starts with ({@link ForwardedHeadersConfig}),
 * so also in the Spring AOT build: behind a TLS-terminating proxy the sign-in redirect names the address the browser
 * used. The default ({@code none}) ignores such headers: {@link ForwardedHeadersIgnoredTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=framework")
@ActiveProfiles("test")
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_proxys_scheme_and_host_are_the_ones_redirects_name() throws Exception {
        HttpResponse<Void> page = ForwardedHeadersIgnoredTest.signedOutFromBehindAProxy(port);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location")).hasValue("https://akademie.example.org/login");
    }

    @Test
    void the_filter_is_ours_so_that_no_build_decides_it() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).entrySet().stream()
                .filter(registration -> registration.getValue().getFilter() instanceof ForwardedHeaderFilter)
                .map(Map.Entry::getKey)).as("Boot's registration backed off").containsExactly("forwardedHeaders");
    }
}
