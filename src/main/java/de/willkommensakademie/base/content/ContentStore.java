package de.willkommensakademie.base.content;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.SearchText;
import de.willkommensakademie.base.Slug;
import de.willkommensakademie.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one place that reads, changes and versions authored content of one type: who sees and changes which record,
 * drafts with optimistic locking, publishing (the only code that creates versions), archiving, sharing, duplicating,
 * imports and the shipped library, and the content's files. A feature subclasses it once as a component (its
 * {@code @Order} is the order shipped content is published in), names its entities ({@link ContentEntities}) and
 * keeps its own rules, codecs and file formats; its public service puts the role checks on top. Callers hold the
 * transaction.
 *
 * @param <C> the content entity
 * @param <V> its version entity
 * @param <M> its media entity (types without files pass no media repository)
 * @param <D> the content document stored as JSON
 */
public abstract class ContentStore<C extends AuthoredContent<D>, V extends ContentVersion, M extends ContentMedia,
        D extends ContentDocument<D>> {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    private final ContentEntities<C, V, M, D> entities;
    private final AuthoredContentRepository<C> contents;
    private final ContentVersionRepository<V> versions;
    private final ContentMediaRepository<M> media;
    private final ContentCodec<D> codec;
    private final ContentAccess access;
    private final Clock clock;
    private final String kind;

    /**
     * @param media null for a type without files
     * @param kind names the type in not-found errors and is the key of a copy without title ({@code modul})
     */
    protected ContentStore(ContentEntities<C, V, M, D> entities, AuthoredContentRepository<C> contents,
            ContentVersionRepository<V> versions, ContentMediaRepository<M> media, ContentCodec<D> codec,
            ContentAccess access, Clock clock, String kind) {
        this.entities = entities;
        this.contents = contents;
        this.versions = versions;
        this.media = media;
        this.codec = codec;
        this.access = access;
        this.clock = clock;
        this.kind = kind;
    }

    /** The type's shipped content in {@code modules/}, read and checked; none unless the type ships any. */
    protected List<ShippedItem<D>> readShipped() {
        return List.of();
    }

    // --- who sees and changes what

    /** Shipped, own, or shared and published ({@link ContentAccess}); anything else is not found. */
    public C visible(long id) {
        return access.visible(contents, id, kind);
    }

    /** Visible and published: what people may learn or play; anything else is not found. */
    public C usable(long id) {
        return access.usable(contents, id, kind);
    }

    /** Every usable record, by title. */
    public List<C> usable() {
        return access.usable(contents);
    }

    /** Visible, the own authority's and not archived (see {@link AuthoredContent#requireEditableBy}). */
    public C editable(long id) {
        C content = visible(id);
        access.requireEditable(content);
        return content;
    }

    public boolean isOwn(C content) {
        return access.isOwn(content);
    }

    /** A page of the visible content, by title, filtered by text and status (either may be null). */
    public List<C> find(String text, ContentStatus status, Pageable pageable) {
        return contents.findAll(listed(text, status), pageable).getContent();
    }

    public long count(String text, ContentStatus status) {
        return contents.count(listed(text, status));
    }

    private Specification<C> listed(String text, ContentStatus status) {
        return access.<C>visible().and(ContentVisibility.matching(
                SearchText.likePattern(text))).and(ContentVisibility.withStatus(status))
                .and(ContentVisibility.byTitle());
    }

    /** The row a library list shows. */
    public ContentSummary summary(C content) {
        return new ContentSummary(content.getId(), content.getVersion(), content.key(), content.titleDe(),
                content.titleEn(), content.status(), content.publishedVersion(), isOwn(content), content.isShared(),
                content.authorityId() == null, content.updatedAt());
    }

    // --- content

    public D draftOf(C content) {
        return codec.read(content.draft());
    }

    /** The newest published version's content. */
    public D newestOf(C content) {
        return newestVersion(content).map(version -> codec.read(version.content()))
                .orElseThrow(() -> new RecordNotFoundException(kind + " version", content.getId()));
    }

    public Optional<V> newestVersion(C content) {
        return content.publishedVersion() == 0 ? Optional.empty()
                : versions.findByContentIdAndNumber(content.getId(), content.publishedVersion());
    }

    /** What the caller works from: the draft of own content, the newest version of shipped or shared content. */
    public D contentOf(C content) {
        return isOwn(content) ? draftOf(content) : newestOf(content);
    }

    /**
     * Starts new content in the caller's authority from its titles; {@code skeleton} builds the first draft for the
     * key derived from the title.
     */
    public C create(String titleDe, String titleEn, Function<String, D> skeleton) {
        if (titleDe == null || titleDe.isBlank()) {
            throw new UserFacingException("module.error.title-required");
        }
        String base = Slug.of(titleEn == null || titleEn.isBlank() ? titleDe : titleEn, 60);
        return createOwn(skeleton.apply(freeKey(base)));
    }

    /** Stores content as a new draft in the caller's authority. */
    public C createOwn(D content) {
        return create(content, access.ownAuthority());
    }

    /** Stores content as a new draft in a scope (an authority, or null for the shipped library). */
    public C create(D content, Long authorityId) {
        return contents.save(entities.content().create(content.key(), authorityId, content, codec.write(content), clock.instant()));
    }

    /** A key not yet used in the caller's authority: {@code base}, else {@code base-2}, {@code base-3}, … */
    public String freeKey(String base) {
        long authorityId = access.ownAuthority();
        String key = base == null || base.isEmpty() ? kind : base;
        String candidate = key;
        for (int number = 2; contents.findByContentKeyAndAuthorityId(candidate, authorityId).isPresent(); number++) {
            candidate = key + "-" + number;
        }
        return candidate;
    }

    /**
     * Saves the draft of editable content loaded at {@code version}; the key never changes. Written at once, so the
     * returned entity carries its new version (Hibernate raises it at the flush) and the editor needs no reload.
     */
    public C saveDraft(long id, long version, D content) {
        C stored = editable(id);
        stored.requireVersion(version);
        D kept = content.withKey(stored.key());
        stored.saveDraft(kept, codec.write(kept), clock.instant());
        contents.flush();
        return stored;
    }

    /** Publishes the draft as a new version, or returns what {@code rules} find against it (then nothing changes). */
    public <P> List<P> publish(long id, long version, Function<D, List<P>> rules) {
        C stored = editable(id);
        stored.requireVersion(version);
        D content = draftOf(stored);
        List<P> problems = rules.apply(content);
        if (problems.isEmpty()) {
            publish(stored, content);
        }
        return problems;
    }

    /** Publishes {@code content} as the next version; the caller has checked the type's rules. */
    public V publish(C stored, D content) {
        int number = stored.publish(clock.instant());
        return versions.save(entities.version().create(stored.getId(), number, codec.write(content), clock.instant()));
    }

    public void archive(long id, long version) {
        C stored = editable(id);
        stored.requireVersion(version);
        stored.archive(clock.instant());
    }

    public void share(long id, long version, boolean withAllAuthorities) {
        C stored = editable(id);
        stored.requireVersion(version);
        stored.share(withAllAuthorities);
    }

    /** A draft copy in the caller's authority, from an own draft or the newest version of others' content. */
    public C duplicate(long id) {
        C source = visible(id);
        C copy = createOwn(contentOf(source).withKey(freeKey(source.key() + "-kopie")));
        if (media != null) {
            media.findByContentId(source.getId()).forEach(file -> media.save(entities.media().create(copy.getId(), file.file())));
        }
        return copy;
    }

    /** An import into the caller's authority: see {@link #importAndPublish(ContentDocument, Map, Long)}. */
    public C importOwnAndPublish(D content, Map<String, MediaFile> files) {
        return importAndPublish(content, files, access.ownAuthority());
    }

    /**
     * Stores checked content in a scope (an authority, or null for the shipped library) and publishes it: content
     * with the same key gets a new version, never a second record. Archived content refuses.
     */
    public C importAndPublish(D content, Map<String, MediaFile> files, Long authorityId) {
        C stored = (authorityId == null ? contents.findByContentKeyAndAuthorityIdIsNull(content.key())
                : contents.findByContentKeyAndAuthorityId(content.key(), authorityId))
                .orElseGet(() -> create(content, authorityId));
        stored.saveDraft(content, codec.write(content), clock.instant());
        storeMedia(stored.getId(), files);
        publish(stored, content);
        return stored;
    }

    /**
     * Shipped content at start-up: a new key is imported, a changed file becomes the next version (people keep the
     * version they started), an unchanged one is left alone, compared as JSON trees. Returns whether it published.
     */
    public boolean publishShipped(D content, Map<String, MediaFile> files) {
        String json = codec.write(content);
        boolean unchanged = contents.findByContentKeyAndAuthorityIdIsNull(content.key())
                .flatMap(this::newestVersion)
                .map(version -> ContentJson.same(version.content(), json)).orElse(false);
        if (unchanged) {
            return false;
        }
        importAndPublish(content, files, null);
        return true;
    }

    /** Publishes every shipped item of this type that is new or changed (see {@link ShippedContent}). */
    void publishAllShipped() {
        List<ShippedItem<D>> shipped = readShipped();
        int published = 0;
        for (ShippedItem<D> item : shipped) {
            if (!item.problems().isEmpty()) {
                throw new IllegalStateException("Shipped " + kind + " " + item.location() + " is invalid: "
                        + item.problems());
            }
            published += publishShipped(item.content(), item.media()) ? 1 : 0;
        }
        if (!shipped.isEmpty()) {
            log.info("Shipped content of {}: {} of {} new or changed", getClass().getSimpleName(), published,
                    shipped.size());
        }
    }

    // --- files

    /** Stores files not stored yet; an id is the file's content hash, so a known id is the same file. */
    public void storeMedia(long contentId, Map<String, MediaFile> files) {
        if (files.isEmpty()) {
            return;
        }
        files.values().forEach(file -> {
            if (!media.existsByContentIdAndMediaId(contentId, file.id())) {
                media.save(entities.media().create(contentId, file));
            }
        });
    }

    /** Stores an uploaded, checked file for editable content; returns its id. */
    public String upload(long id, MediaFile file) {
        storeMedia(editable(id).getId(), Map.of(file.id(), file));
        return file.id();
    }

    /** A file of content the caller may see. */
    public MediaFile media(long contentId, String mediaId) {
        visible(contentId);
        return Optional.ofNullable(media).flatMap(files -> files.findByContentIdAndMediaId(contentId, mediaId))
                .map(ContentMedia::file)
                .orElseThrow(() -> new RecordNotFoundException("media", mediaId));
    }

    /** All files of the content by id, for an export. */
    public Map<String, MediaFile> mediaOf(C content) {
        Map<String, MediaFile> files = new LinkedHashMap<>();
        if (media == null) {
            return files;
        }
        media.findByContentId(content.getId()).forEach(file -> files.putIfAbsent(file.mediaId(), file.file()));
        return files;
    }
}
