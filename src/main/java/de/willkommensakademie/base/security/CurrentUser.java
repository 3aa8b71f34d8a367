package de.willkommensakademie.base.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, read from Spring Security's context (Vaadin keeps it per session). */
@Component
public class CurrentUser {

    public Optional<AppUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The authority whose data the current person may see; operators have none. */
    public long authorityId() {
        AppUser user = require();
        if (user.authorityId() == null) {
            throw new AccessDeniedException("Account " + user.getUsername() + " belongs to no authority");
        }
        return user.authorityId();
    }
}
