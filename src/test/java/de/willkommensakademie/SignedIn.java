package de.willkommensakademie;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.TestAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a real account into the security context, for tests that call services directly. */
public final class SignedIn {

    private SignedIn() {
    }

    public static AppUser as(UserDetailsService accounts, String username) {
        AppUser user = (AppUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** Signs in a person of a test class's own authority. */
    public static AppUser as(UserDetailsService accounts, TestAuthority.Person person) {
        return as(accounts, person.username());
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
