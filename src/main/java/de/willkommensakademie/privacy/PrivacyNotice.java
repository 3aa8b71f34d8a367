package de.willkommensakademie.privacy;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * An authority's privacy notice (GDPR Art. 13): the contact data its placeholders are filled with and, per language,
 * the administrator's Markdown text ({@code null}: the default template). An authority without a row shows the
 * template with its name only.
 */
@Entity
class PrivacyNotice extends AbstractEntity {

    /** Longest Markdown text per language; the notices we know are a tenth of this. */
    static final int TEXT = 50_000;
    static final int CONTACT = 1000;
    static final int EMAIL = 254;

    private long authorityId;
    @Column(length = CONTACT)
    private String contactAddress;
    @Column(length = EMAIL)
    private String contactEmail;
    @Column(length = CONTACT)
    private String officerContact;
    @Column(length = EMAIL)
    private String officerEmail;
    private String textDe;
    private String textEn;
    private Instant changedAt;

    protected PrivacyNotice() {
    }

    PrivacyNotice(long authorityId) {
        this.authorityId = authorityId;
    }

    void change(PrivacyNoticeForm form, Instant at) {
        contactAddress = blankToNull(form.contactAddress());
        contactEmail = blankToNull(form.contactEmail());
        officerContact = blankToNull(form.officerContact());
        officerEmail = blankToNull(form.officerEmail());
        textDe = blankToNull(form.textDe());
        textEn = blankToNull(form.textEn());
        changedAt = at;
    }

    PrivacyNoticeForm form() {
        return new PrivacyNoticeForm(contactAddress, contactEmail, officerContact, officerEmail, textDe, textEn,
                getVersion());
    }

    long authorityId() {
        return authorityId;
    }

    Instant changedAt() {
        return changedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
