package de.willkommensakademie.base.content;

import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.RecordSpecifications;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees, uses and changes which authored content, for the signed-in person: the content kernel's one rule for
 * every content type (modules, role-plays, templates). Visible is the shipped library, the own authority's content and
 * what other authorities share once it is published; usable (to learn, to play) is what of that is published;
 * changeable is the own authority's content unless archived. Lists and single records read through the same
 * {@link Specification}, so they never disagree; anything outside it is reported as not found. The query pieces
 * without a signed-in person (reminders, events) are {@link ContentVisibility}.
 */
@Component
public class ContentAccess {

    private final CurrentUser currentUser;

    ContentAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Shipped, own, or shared and published: the rule of every library list. */
    public <C extends AuthoredContent<?>> Specification<C> visible() {
        return ContentVisibility.visibleTo(authority());
    }

    /** Visible and published: what people of the authority may learn or play. */
    public <C extends AuthoredContent<?>> Specification<C> usable() {
        return ContentVisibility.usableBy(authority());
    }

    /** A visible record, or not found ({@code kind} names the type in the error). */
    public <C extends AuthoredContent<?>> C visible(AuthoredContentRepository<C> contents, long id, String kind) {
        return contents.findOne(RecordSpecifications.<C>withId(id).and(visible()))
                .orElseThrow(() -> new RecordNotFoundException(kind, id));
    }

    /** A usable record, or not found ({@code kind} names the type in the error). */
    public <C extends AuthoredContent<?>> C usable(AuthoredContentRepository<C> contents, long id, String kind) {
        return contents.findOne(RecordSpecifications.<C>withId(id).and(usable()))
                .orElseThrow(() -> new RecordNotFoundException(kind, id));
    }

    /** Every usable record, by title. */
    public <C extends AuthoredContent<?>> List<C> usable(AuthoredContentRepository<C> contents) {
        return contents.findAll(ContentVisibility.<C>usableBy(authority()).and(ContentVisibility.byTitle()));
    }

    /** Whether the content belongs to the signed-in person's authority (not shipped, not another's shared). */
    public boolean isOwn(AuthoredContent<?> content) {
        return content.isOwnedBy(authority());
    }

    /** Refuses content of the shipped library or another authority, and archived content. */
    public void requireEditable(AuthoredContent<?> content) {
        content.requireEditableBy(authority());
    }

    /**
     * The authority new content, copies and imports of the signed-in person belong to; only the store uses it, the
     * features create through the store.
     */
    long ownAuthority() {
        return authority();
    }

    private long authority() {
        return currentUser.authorityId();
    }
}
