package de.willkommensakademie.privacy;

import java.util.List;

/**
 * What an administrator edits on the privacy notice. A text left empty means the default template in that language;
 * {@code version} is the one the editor loaded (−1 while the authority has none saved yet).
 */
public record PrivacyNoticeForm(String contactAddress, String contactEmail, String officerContact,
        String officerEmail, String textDe, String textEn, long version) {

    /** The longest Markdown text per language, for the editor's fields. */
    public static final int TEXT_LENGTH = PrivacyNotice.TEXT;
    public static final int CONTACT_LENGTH = PrivacyNotice.CONTACT;
    public static final int EMAIL_LENGTH = PrivacyNotice.EMAIL;

    /** The placeholders a text may use, in the order the editor explains them. */
    public static final List<String> PLACEHOLDERS = List.of(PublicPageTemplates.AUTHORITY,
            PublicPageTemplates.ADDRESS, PublicPageTemplates.EMAIL, PublicPageTemplates.OFFICER,
            PublicPageTemplates.OFFICER_EMAIL);
}
