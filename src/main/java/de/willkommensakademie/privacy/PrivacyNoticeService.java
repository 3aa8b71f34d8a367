package de.willkommensakademie.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy notice per authority: anyone reads it (also before signing in), the authority's administrators edit
 * its contact data and text. A save based on an outdated copy is refused; every save is audited.
 */
@Service
public class PrivacyNoticeService {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PrivacyNoticeRepository notices;
    private final PublicPagesAccess access;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;

    PrivacyNoticeService(PrivacyNoticeRepository notices, PublicPagesAccess access, AuditLog audit,
            Translations translations, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** Every authority, for a visitor who has to choose one. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PublicAuthority> authorities() {
        return access.authorities();
    }

    /** The authority a public page is about: named by slug, else the visitor's own, else the only one. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PublicAuthority> authority(String slug) {
        return access.chosen(slug);
    }

    /** The notice in the reader's language; empty when no authority could be chosen. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PublicText> notice(String slug, Locale locale) {
        return access.chosen(slug).map(authority -> {
            PrivacyNoticeForm form = notices.findByAuthorityId(authority.id()).map(PrivacyNotice::form)
                    .orElse(empty());
            return new PublicText(authority, filled(form, authority, locale));
        });
    }

    /** What the administrator's authority has saved (texts empty where the template applies). */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public PrivacyNoticeForm edited() {
        return notices.findByAuthorityId(access.ownAuthority()).map(PrivacyNotice::form).orElse(empty());
    }

    /** The default text with its placeholders, to start an own text from. */
    @RolesAllowed(Role.Name.ADMIN)
    public String template(Locale locale) {
        return PublicPageTemplates.text(PublicPageTemplates.PRIVACY_NOTICE, locale);
    }

    /** The notice as it would read after saving {@code form}, for the editor's preview. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public String preview(PrivacyNoticeForm form, Locale locale) {
        return filled(form, access.own(), locale);
    }

    /** Saves the administrator's authority's notice; answers the new version for the next save. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public long save(PrivacyNoticeForm form) {
        check(form);
        PublicAuthority authority = access.own();
        PrivacyNotice notice = notices.findByAuthorityId(authority.id()).orElse(null);
        long current = notice == null ? -1 : notice.getVersion();
        if (current != form.version()) {
            throw new UserFacingException("privacy.notice.error.changed-meanwhile");
        }
        if (notice == null) {
            notice = new PrivacyNotice(authority.id());
        }
        notice.change(form, clock.instant());
        PrivacyNotice saved = notices.saveAndFlush(notice);
        audit.record(AuditAction.PRIVACY_NOTICE_CHANGED, authority.name(), null);
        return saved.getVersion();
    }

    private static void check(PrivacyNoticeForm form) {
        length(form.textDe(), PrivacyNotice.TEXT);
        length(form.textEn(), PrivacyNotice.TEXT);
        length(form.contactAddress(), PrivacyNotice.CONTACT);
        length(form.officerContact(), PrivacyNotice.CONTACT);
        email(form.contactEmail());
        email(form.officerEmail());
    }

    /** Refuses a text longer than {@code max} characters (the fields stop there; this guards other callers). */
    static void length(String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new UserFacingException("privacy.notice.error.too-long", max);
        }
    }

    /** Refuses something that cannot be an e-mail address; empty is allowed. */
    static void email(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        if (email.strip().length() > PrivacyNotice.EMAIL || !EMAIL.matcher(email.strip()).matches()) {
            throw new UserFacingException("privacy.notice.error.email", email.strip());
        }
    }

    private String filled(PrivacyNoticeForm form, PublicAuthority authority, Locale locale) {
        String own = "en".equals(locale.getLanguage()) ? form.textEn() : form.textDe();
        String text = own == null || own.isBlank() ? PublicPageTemplates.text(PublicPageTemplates.PRIVACY_NOTICE,
                locale) : own;
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PublicPageTemplates.AUTHORITY, authority.name());
        values.put(PublicPageTemplates.ADDRESS, form.contactAddress());
        values.put(PublicPageTemplates.EMAIL, form.contactEmail());
        values.put(PublicPageTemplates.OFFICER, form.officerContact());
        values.put(PublicPageTemplates.OFFICER_EMAIL, form.officerEmail());
        return PublicPageTemplates.fill(text, values,
                translations.getTranslation("privacy.notice.not-given", locale));
    }

    private static PrivacyNoticeForm empty() {
        return new PrivacyNoticeForm(null, null, null, null, null, null, -1);
    }
}
