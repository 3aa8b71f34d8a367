package de.willkommensakademie.provisioning;

import de.willkommensakademie.people.ProvisionedAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The SCIM endpoint's own filter chain, ahead of the application's (which serves pages and sign-ins): a bearer token
 * instead of a session, so no session is created, no CSRF token is asked for (nothing here relies on cookies a browser
 * would send along) and no sign-in page is offered. Nothing else passes through this chain.
 */
@Configuration
class ScimSecurity {

    static final String PATHS = "/scim/v2/**";

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokenCheck tokens,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ProvisionedAccounts.SCIM_CLIENT))
                .addFilterBefore(new ScimBearerFilter(tokens, contexts), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint((request, response, missing) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\"");
                            ScimErrors.write(response, HttpStatus.UNAUTHORIZED, null,
                                    "A valid bearer token of the authority is required.");
                        })
                        .accessDeniedHandler((request, response, denied) -> ScimErrors.write(response,
                                HttpStatus.FORBIDDEN, null, "Not allowed.")));
        return http.build();
    }
}
