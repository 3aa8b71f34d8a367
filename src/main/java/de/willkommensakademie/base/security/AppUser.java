package de.willkommensakademie.base.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security keeps it in the session. {@code authorityId} is null only for platform
 * operators; every authority-scoped service reads it from here, never from the caller.
 */
public final class AppUser implements UserDetails, CredentialsContainer {

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
