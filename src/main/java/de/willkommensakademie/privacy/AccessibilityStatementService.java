package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Assessment;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accessibility statement per authority: anyone reads it, the authority's administrators edit it. Until they
 * save one, the page says "partially conforms" with the default list of known limitations and no dates, so nobody
 * reads a review that never happened. A save based on an outdated copy is refused; every save is audited.
 */
@Service
public class AccessibilityStatementService {

    private final AccessibilityStatementRepository statements;
    private final PrivacyNoticeRepository notices;
    private final PublicPagesAccess access;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;

    AccessibilityStatementService(AccessibilityStatementRepository statements, PrivacyNoticeRepository notices,
            PublicPagesAccess access, StaffDirectory staff, AuditLog audit, Translations translations, Clock clock) {
        this.statements = statements;
        this.notices = notices;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The statement in the reader's language; empty when no authority could be chosen. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AccessibilityStatementPage> statement(String slug, Locale locale) {
        return access.chosen(slug).map(authority -> page(authority,
                statements.findByAuthorityId(authority.id()).map(AccessibilityStatement::form).orElse(null), locale));
    }

    /** What the administrator's authority has saved; a new statement starts as "partially", dated today. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public AccessibilityStatementForm edited() {
        return statements.findByAuthorityId(access.ownAuthority()).map(AccessibilityStatement::form)
                .orElseGet(() -> new AccessibilityStatementForm(Conformity.PARTIAL, null, null,
                        LocalDate.now(clock), LocalDate.now(clock), Assessment.SELF_ASSESSMENT,
                        null, null, -1));
    }

    /** The default list of known limitations, to start an own text from. */
    @RolesAllowed(Role.Name.ADMIN)
    public String limitationsTemplate(Locale locale) {
        return PublicPageTemplates.text(PublicPageTemplates.LIMITATIONS, locale);
    }

    /** The enforcement body the page names while the field is empty: the one of the authority's federal state. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public String defaultEnforcementBody(Locale locale) {
        return enforcementDefault(access.ownAuthority(), locale);
    }

    /** The statement as it would read after saving {@code form}, for the editor's preview. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public AccessibilityStatementPage preview(AccessibilityStatementForm form, Locale locale) {
        return page(access.own(), form, locale);
    }

    /** Saves the administrator's authority's statement; answers the new version for the next save. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public long save(AccessibilityStatementForm form) {
        check(form);
        PublicAuthority authority = access.own();
        AccessibilityStatement statement = statements.findByAuthorityId(authority.id()).orElse(null);
        long current = statement == null ? -1 : statement.getVersion();
        if (current != form.version()) {
            throw new UserFacingException("accessibility.error.changed-meanwhile");
        }
        if (statement == null) {
            statement = new AccessibilityStatement(authority.id());
        }
        statement.change(form, clock.instant());
        AccessibilityStatement saved = statements.saveAndFlush(statement);
        audit.record(AuditAction.ACCESSIBILITY_STATEMENT_CHANGED, authority.name(), null);
        return saved.getVersion();
    }

    private static void check(AccessibilityStatementForm form) {
        if (form.conformity() == null || form.assessment() == null || form.statementDate() == null
                || form.reviewedOn() == null) {
            throw new UserFacingException("accessibility.error.required");
        }
        if (form.reviewedOn().isBefore(form.statementDate())) {
            throw new UserFacingException("accessibility.error.review-before-statement");
        }
        PrivacyNoticeService.length(form.limitationsDe(), AccessibilityStatement.LIMITATIONS);
        PrivacyNoticeService.length(form.limitationsEn(), AccessibilityStatement.LIMITATIONS);
        PrivacyNoticeService.length(form.contact(), AccessibilityStatement.CONTACT);
        PrivacyNoticeService.length(form.enforcementBody(), AccessibilityStatement.ENFORCEMENT);
    }

    private AccessibilityStatementPage page(PublicAuthority authority, AccessibilityStatementForm form,
            Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String limitations = form == null ? null : english ? form.limitationsEn() : form.limitationsDe();
        if (limitations == null || limitations.isBlank()) {
            limitations = PublicPageTemplates.text(PublicPageTemplates.LIMITATIONS, locale);
        }
        String contact = form == null || form.contact() == null ? defaultContact(authority, locale) : form.contact();
        String enforcement = form == null || form.enforcementBody() == null
                ? enforcementDefault(authority.id(), locale) : form.enforcementBody();
        return new AccessibilityStatementPage(authority, form == null ? Conformity.PARTIAL : form.conformity(),
                limitations, form == null ? null : form.statementDate(), form == null ? null : form.reviewedOn(),
                form == null ? null : form.assessment(), contact, enforcement);
    }

    /** The privacy notice's contact (address and e-mail), which is the authority's general contact. */
    private String defaultContact(PublicAuthority authority, Locale locale) {
        return notices.findByAuthorityId(authority.id()).map(PrivacyNotice::form)
                .filter(notice -> notice.contactAddress() != null || notice.contactEmail() != null)
                .map(notice -> authority.name() + (notice.contactAddress() == null ? "" : "\n"
                        + notice.contactAddress()) + (notice.contactEmail() == null ? "" : "\n"
                        + translations.getTranslation("accessibility.email", locale) + ": " + notice.contactEmail()))
                .orElse(authority.name());
    }

    /**
     * Each federal state names its own enforcement (arbitration) body in its disability equality law; the default
     * names the state's body and asks for its address, which differs by state and changes. Without a state: generic.
     */
    private String enforcementDefault(long authorityId, Locale locale) {
        return staff.federalState(authorityId)
                .map(state -> translations.getTranslation("accessibility.enforcement.default.state", locale,
                        translations.getTranslation("onboarding.holidays.state." + state.name(), locale)))
                .orElseGet(() -> translations.getTranslation("accessibility.enforcement.default", locale));
    }
}
