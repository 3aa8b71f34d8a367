package de.willkommensakademie.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.willkommensakademie.base.Slug;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Which authority's privacy notice, accessibility statement and feedback a page is about, and whose an administrator
 * edits. Reading is public: the authority named by its slug, else the signed-in person's, else the only one of the
 * installation (several: the visitor chooses from a list). Editing and reading feedback only ever touch the signed-in
 * administrator's own authority; there is no way to name another.
 */
@Component
class PublicPagesAccess {

    /** Longest slug; a short name has at most 40 characters, so this cuts only the rare collision suffix. */
    private static final int SLUG_LENGTH = 60;

    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    PublicPagesAccess(StaffDirectory staff, CurrentUser currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /**
     * Every authority with its slug: the short name made into an address ("ABH Musterstadt" → "abh-musterstadt");
     * should two short names give the same slug, the later authority's gets its id appended, so slugs never move.
     */
    List<PublicAuthority> authorities() {
        List<AuthorityRow> rows = new ArrayList<>(staff.authorities());
        List<AuthorityRow> byAge = rows.stream().sorted(Comparator.comparingLong(AuthorityRow::id)).toList();
        Set<String> taken = new HashSet<>();
        Map<Long, String> slugs = new HashMap<>();
        for (AuthorityRow row : byAge) {
            String slug = Slug.of(row.shortName(), SLUG_LENGTH);
            if (slug.isEmpty() || !taken.add(slug)) {
                slug = (slug.isEmpty() ? "behoerde" : slug) + "-" + row.id();
                taken.add(slug);
            }
            slugs.put(row.id(), slug);
        }
        return rows.stream().map(row -> new PublicAuthority(row.id(), row.name(), slugs.get(row.id()))).toList();
    }

    /** The authority a public page is about; empty when the visitor must choose (or named an unknown one). */
    Optional<PublicAuthority> chosen(String slug) {
        List<PublicAuthority> all = authorities();
        if (slug != null && !slug.isBlank()) {
            return all.stream().filter(authority -> authority.slug().equals(slug.strip())).findFirst();
        }
        Optional<Long> own = currentUser.find().map(AppUser::authorityId);
        if (own.isPresent()) {
            return all.stream().filter(authority -> authority.id() == own.get()).findFirst();
        }
        return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
    }

    /** The signed-in administrator's authority, the only one whose pages and feedback they handle. */
    long ownAuthority() {
        return currentUser.authorityId();
    }

    PublicAuthority own() {
        long id = ownAuthority();
        return authorities().stream().filter(authority -> authority.id() == id).findFirst().orElseThrow();
    }
}
