package de.willkommensakademie.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.ExternalIdentity;

/**
 * Turns the claims of a sign-in into the person the people feature keeps, as the authority's settings say: which
 * claim holds what, and which group values give which role. Claim names may be dotted paths into nested claims
 * ({@code realm_access.roles} for Keycloak's realm roles). Group values match without regard to case and with or
 * without Keycloak's leading "/" of a full group path.
 */
final class ClaimMapping {

    private ClaimMapping() {
    }

    static ExternalIdentity identity(SsoConfiguration settings, String issuer, Map<String, Object> claims) {
        String subject = text(claims, "sub");
        Set<Role> roles = settings.manageRoles() ? roles(settings, values(claims, settings.groupsClaim())) : null;
        return new ExternalIdentity(issuer, subject, text(claims, settings.usernameClaim()),
                text(claims, settings.emailClaim()), verified(claims.get("email_verified")),
                text(claims, settings.givenNameClaim()), text(claims, settings.familyNameClaim()), roles,
                optionalClaim(claims, settings.teamClaim()), optionalClaim(claims, settings.jobRoleClaim()));
    }

    static Set<Role> roles(SsoConfiguration settings, Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (SsoConfiguration.entries(settings.employeeGroups()).isEmpty()
                || matches(groups, settings.employeeGroups())) {
            roles.add(Role.EMPLOYEE);
        }
        if (matches(groups, settings.managerGroups())) {
            roles.add(Role.MANAGER);
        }
        if (matches(groups, settings.trainerGroups())) {
            roles.add(Role.TRAINER);
        }
        if (matches(groups, settings.adminGroups())) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    private static boolean matches(Set<String> groups, String configured) {
        return SsoConfiguration.entries(configured).stream().map(ClaimMapping::group).anyMatch(groups::contains);
    }

    /** A group value as compared: lower case, without the leading "/" of a Keycloak group path. */
    private static String group(String value) {
        return value.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
    }

    /** "" when the claim is configured but absent (the person has none), null when it is not configured at all. */
    private static String optionalClaim(Map<String, Object> claims, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return values(claims, name).stream().findFirst().orElse("");
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claim(claims, name);
        return value == null ? null : value.toString();
    }

    private static Set<String> values(Map<String, Object> claims, String name) {
        Object value = claim(claims, name);
        Collection<?> all = switch (value) {
            case null -> List.of();
            case Collection<?> many -> many;
            case String one -> List.of(one.split(","));
            default -> List.of(value);
        };
        Set<String> result = new LinkedHashSet<>();
        all.stream().filter(item -> item != null && !item.toString().isBlank())
                .forEach(item -> result.add(group(item.toString())));
        return result;
    }

    private static Object claim(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Object current = claims;
        for (String part : path.strip().split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static boolean verified(Object claim) {
        return claim instanceof Boolean yes ? yes : "true".equalsIgnoreCase(String.valueOf(claim));
    }
}
