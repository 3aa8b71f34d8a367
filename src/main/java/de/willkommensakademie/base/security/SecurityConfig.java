package de.willkommensakademie.base.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.willkommensakademie.base.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Login through Vaadin's configurer; see {@link ServiceMethodSecurity} for the checks on service methods.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            List<ClientRateLimit> rateLimits, List<SignInMethod> signInMethods, SessionTimeouts sessionTimeouts, List<AccountCheck> accounts, Clock clock,
            @Value("${app.security.account-check-seconds:10}") long accountCheckSeconds,
            ObjectProvider<SecurityContextHolderStrategy> contexts,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
        http.addFilterAfter(new RateLimitFilter(rateLimits), HeaderWriterFilter.class);
        http.addFilterBefore(new EndedSession.Filter(), SecurityContextHolderFilter.class);
        // The cookie goes with the session, so the next page does not count as an ended session (EndedSession).
        http.logout(logout -> logout.deleteCookies(sessionCookie));
        http.addFilterAfter(new AccountCheckFilter(accounts, Duration.ofSeconds(accountCheckSeconds), clock,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/images/**", "/verify/**",
                        "/api/verify/**").permitAll());
        // Vaadin's own CSRF setup also exempts the login form's POST, so a page elsewhere could sign a visitor in
        // (login CSRF). Only Vaadin's internal requests stay exempt (they carry Vaadin's own token); the login
        // form sends Spring's token from the page's meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(loginAwareCsrfFailure());
                        return filter;
                    }
                }));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession())
                .addSessionAuthenticationStrategy(sessionTimeouts));
        http.headers(headers -> headers
                // Written before the servlet runs: Vaadin's page responses otherwise commit without them.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                // Vaadin needs inline scripts and styles, so the policy restricts what it can without breaking them.
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")));
        for (SignInMethod method : signInMethods) {
            method.configure(http);
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login").enableCsrfConfiguration(false);
            signInMethods.stream().findFirst().ifPresent(method -> vaadin.logoutSuccessHandler(method.afterLogout()));
            // Vaadin's default denies every path that is no route with a bare 403; signed-in people get the friendly
            // not-found view instead, visitors the login page.
            vaadin.anyRequest(any -> any.authenticated());
        }).build();
    }

    /**
     * A sign-in without a valid token is sent back to the login page, which says it had expired: that is what a
     * person meets after the page's session ended (laptop asleep). Everything else keeps the plain 403.
     */
    private static AccessDeniedHandler loginAwareCsrfFailure() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login?expired"));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /** bcrypt by default, and old hashes stay readable if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes login successes and failures; the people feature counts failures and locks accounts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
