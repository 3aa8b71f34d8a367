package de.willkommensakademie.base.content;

import java.util.List;

import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a content library service every type shares (list, save a draft, check, publish, archive, share,
 * duplicate), with its role checks and transactions; a feature's {@code @Service} extends it, names its rules in
 * {@link #problems} and adds what is its own (drafts for its editor, imports, exports, statistics). Trainers change
 * only their own authority's content; managers and administrators see the list to assign it.
 */
public abstract class AuthoringService<C extends AuthoredContent<D>, D extends ContentDocument<D>, P>
        implements ContentLibrary<P> {

    private final ContentStore<C, ?, ?, D> store;

    protected AuthoringService(ContentStore<C, ?, ?, D> store) {
        this.store = store;
    }

    /** What stands in the way of publishing this content: the type's rules. */
    protected abstract List<P> problems(D content);

    /** Refuses content beyond the type's size limits before it is stored; the default has none. */
    protected void requireWithinLimits(D content) {
    }

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<ContentSummary> find(String text, ContentStatus status, Pageable pageable) {
        return store.find(text, status, pageable).stream().map(store::summary).toList();
    }

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public long count(String text, ContentStatus status) {
        return store.count(text, status);
    }

    /**
     * Saves the draft loaded at {@code version}; the key cannot change, and archived content refuses with a
     * translated message. Problems for publishing are only reported, not enforced here. Answers the draft's new
     * version, which the editor's next save (or publish) passes.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long saveDraft(long id, long version, D content) {
        requireWithinLimits(content);
        return store.saveDraft(id, version, content).getVersion();
    }

    /** What stands in the way of publishing the current draft. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public List<P> check(long id) {
        return problems(store.draftOf(store.editable(id)));
    }

    /** Publishes the draft as a new version, or returns the problems that prevent it (then nothing changes). */
    @Override
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public List<P> publish(long id, long version) {
        return store.publish(id, version, this::problems);
    }

    /** No longer offered; what people did with it stays. */
    @Override
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public void archive(long id, long version) {
        store.archive(id, version);
    }

    @Override
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public void share(long id, long version, boolean withAllAuthorities) {
        store.share(id, version, withAllAuthorities);
    }

    /** A draft copy in the trainer's authority, from an own draft or the newest version of others' content. */
    @Override
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long duplicate(long id) {
        return store.duplicate(id).getId();
    }
}
