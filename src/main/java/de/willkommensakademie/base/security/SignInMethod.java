package de.willkommensakademie.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * A way of signing in besides the password form, set up by its feature on the one filter chain (single sign-on through
 * an identity provider), so that this package never depends on a feature.
 */
public interface SignInMethod {

    /** Adds the method's endpoints and filters. */
    void configure(HttpSecurity http) throws Exception;

    /** What happens after a sign-out; it may send the browser on to the identity provider to end its session too. */
    LogoutSuccessHandler afterLogout();
}
