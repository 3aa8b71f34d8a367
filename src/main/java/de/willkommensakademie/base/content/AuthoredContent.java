package de.willkommensakademie.base.content;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.Text;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * Authored, versioned, shareable content with its editable draft: learning modules, role-plays, onboarding templates
 * (and any type to come). {@code authorityId} null means the shipped library every authority sees; an authority's
 * content is seen only there unless shared and published. Published versions live in a {@link ContentVersion}. The
 * transitions refuse a wrong state with a {@link DomainException} whose key starts with {@link #messagePrefix()}.
 * Each entity maps the key column to its own name with {@code @AttributeOverride(name = "contentKey")}.
 */
@MappedSuperclass
public abstract class AuthoredContent<D extends ContentDocument<D>> extends AbstractEntity {

    public static final int KEY_LENGTH = 80;
    public static final int TITLE_LENGTH = 200;

    // Not named key: Hibernate names its temporary tables' columns after attributes, and KEY is an SQL keyword.
    @Column(length = KEY_LENGTH)
    private String contentKey;

    private Long authorityId;

    private boolean shared;

    @Enumerated(EnumType.STRING)
    private ContentStatus status;

    @Column(length = TITLE_LENGTH)
    private String titleDe;

    @Column(length = TITLE_LENGTH)
    private String titleEn;

    private String draft;

    private int publishedVersion;

    private Instant updatedAt;

    protected AuthoredContent() {
    }

    /** A new draft; the subclass's constructor then saves its first draft. */
    protected AuthoredContent(String key, Long authorityId) {
        this.contentKey = key;
        this.authorityId = authorityId;
        this.status = ContentStatus.DRAFT;
    }

    /** The start of this type's translation keys ({@code module}, {@code scenario}): errors are {@code <prefix>.error.*}. */
    protected abstract String messagePrefix();

    /** A new draft; published content keeps its versions and goes on being used meanwhile. Archived stays as it is. */
    public void saveDraft(D content, String json, Instant now) {
        refuseArchived();
        Text title = content.title();
        this.draft = json;
        this.titleDe = clip(title == null ? null : title.get("de"));
        this.titleEn = clip(title == null ? null : title.get("en"));
        this.updatedAt = now;
        describe(content);
    }

    /** Copies what the type lists besides the titles (a cornerstone, a job role) from a new draft. */
    protected void describe(D content) {
    }

    /** Returns the number of the new version; the caller writes the version itself. */
    public int publish(Instant now) {
        refuseArchived();
        status = ContentStatus.PUBLISHED;
        publishedVersion++;
        updatedAt = now;
        return publishedVersion;
    }

    /** No longer offered; what people did with it stays. Archiving is final. */
    public void archive(Instant now) {
        refuseArchived();
        status = ContentStatus.ARCHIVED;
        updatedAt = now;
    }

    /** Offered to all authorities (once published) or to the own authority only. */
    public void share(boolean withAllAuthorities) {
        refuseArchived();
        this.shared = withAllAuthorities;
    }

    /**
     * Refuses changes by anyone but the owning authority (the shipped library belongs to nobody) and changes of
     * archived content.
     */
    public void requireEditableBy(long authority) {
        if (!isOwnedBy(authority)) {
            throw new DomainException(notOwnMessageKey());
        }
        refuseArchived();
    }

    /** The key of the message shown when someone changes content of the shipped library or of another authority. */
    protected String notOwnMessageKey() {
        return messagePrefix() + ".error.not-own";
    }

    public boolean isOwnedBy(long authority) {
        return authorityId != null && authorityId == authority;
    }

    /**
     * The visibility rule in memory, the same as {@link ContentVisibility#visibleTo}: shipped, own, or shared and
     * published.
     */
    public boolean isVisibleTo(long authority) {
        return authorityId == null || isOwnedBy(authority) || (shared && status == ContentStatus.PUBLISHED);
    }

    private void refuseArchived() {
        if (status == ContentStatus.ARCHIVED) {
            throw new DomainException(messagePrefix() + ".error.archived", contentKey);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH);
    }

    public String key() {
        return contentKey;
    }

    public Long authorityId() {
        return authorityId;
    }

    public boolean isShared() {
        return shared;
    }

    public ContentStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public String titleDe() {
        return titleDe;
    }

    public String titleEn() {
        return titleEn;
    }

    public String draft() {
        return draft;
    }

    public int publishedVersion() {
        return publishedVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
