package de.willkommensakademie.base.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as Spring Security keeps it in the session. {@code authorityId} is null only for platform
 * operators; every authority-scoped service reads it from here, never from the caller. After a sign-in through an
 * identity provider it also carries the provider's ID token (for logout at the provider and back-channel logout), so
 * it serves as Spring Security's {@link OidcUser} too and every other place keeps seeing one kind of principal.
 */
public final class AppUser implements UserDetails, CredentialsContainer, OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Long authorityId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final Locale language;
    private final boolean active;
    private final boolean locked;
    private final boolean passwordChangeRequired;
    private final OidcIdToken idToken;
    private final Instant signedInAt;

    public AppUser(long accountId, Long authorityId, String username, String displayName, String passwordHash,
            Set<Role> roles, Locale language, boolean active, boolean locked, boolean passwordChangeRequired) {
        this.accountId = accountId;
        this.authorityId = authorityId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.language = language;
        this.active = active;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
        this.idToken = null;
        this.signedInAt = null;
    }

    private AppUser(AppUser user, boolean active, OidcIdToken idToken, Instant signedInAt) {
        this.accountId = user.accountId;
        this.authorityId = user.authorityId;
        this.username = user.username;
        this.displayName = user.displayName;
        this.passwordHash = user.passwordHash;
        this.roles = user.roles;
        this.language = user.language;
        this.active = active;
        this.locked = user.locked;
        this.passwordChangeRequired = user.passwordChangeRequired;
        this.idToken = idToken;
        this.signedInAt = signedInAt;
    }

    /** The same account signed in through the identity provider that issued {@code token}, at {@code at}. */
    public AppUser withIdToken(OidcIdToken token, Instant at) {
        return new AppUser(this, active, token, at);
    }

    /** The same account, refused by the password form. */
    public AppUser disabled() {
        return new AppUser(this, false, idToken, signedInAt);
    }

    /** When the sign-in through the identity provider happened (to the millisecond); null for password sign-ins. */
    public Instant signedInAt() {
        return signedInAt;
    }

    /** Whether this session was opened through an identity provider. */
    public boolean signedInThroughIdentityProvider() {
        return idToken != null;
    }

    /** Employee id, or operator id for platform operators. */
    public long accountId() {
        return accountId;
    }

    public Long authorityId() {
        return authorityId;
    }

    public boolean isOperator() {
        return roles.contains(Role.OPERATOR);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Locale language() {
        return language;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", roles=" + List.copyOf(roles) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUser that && that.username.equals(username) && that.isOperator() == isOperator();
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
