package de.willkommensakademie.provisioning;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.people.ProvisionedAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a SCIM request by its {@code Authorization: Bearer} token. A missing or unknown token leaves the
 * request anonymous, which the SCIM chain answers with 401. Not a bean: Spring Boot would put a filter bean in front of
 * every request; it runs only inside the SCIM chain ({@link ScimSecurity}).
 */
class ScimBearerFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ScimTokenCheck tokens;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts}: the strategy the chain's other filters use (Vaadin brings its own). */
    ScimBearerFilter(ScimTokenCheck tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            tokens.authenticate(header.substring(BEARER.length())).ifPresent(client -> {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new Authenticated(client));
                contexts.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    /** The SCIM client as Spring Security sees it: the one role that the people feature's SCIM methods require. */
    static final class Authenticated extends AbstractAuthenticationToken {

        private final ScimClient client;

        Authenticated(ScimClient client) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + ProvisionedAccounts.SCIM_CLIENT)));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ScimClient getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return ProvisionedAccounts.ACTOR;
        }
    }
}
