package de.willkommensakademie.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what to whom, and when. Writing joins the caller's transaction, so an action and its entry are stored
 * together or not at all; failed logins are written on their own because no transaction surrounds them. Details are
 * stored as a message key with typed arguments ({@link AuditDetails}) and written in the reader's language when read;
 * entries with plain-text details (older ones, or callers that still pass text) show that text.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final AuditAccess access;
    private final Translations translations;
    private final Clock clock;

    AuditLog(AuditRepository entries, CurrentUser currentUser, AuditAccess access, Translations translations,
            Clock clock) {
        this.access = access;
        this.entries = entries;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /** Records an action of the signed-in person within their authority, with plain-text details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String details) {
        var user = currentUser.require();
        entries.save(new AuditEntry(clock.instant(), access.writersAuthority(), user.getUsername(), action, target,
                details));
    }

    /** Records an action of the signed-in person within their authority; the details are shown translated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDetailed(AuditAction action, String target, AuditDetails details) {
        var user = currentUser.require();
        entries.save(new AuditEntry(clock.instant(), access.writersAuthority(), user.getUsername(), action, target,
                details));
    }

    /** Records an action where the actor is known by name only (logins, system jobs), with plain-text details. */
    @Transactional
    public void recordFor(Long authorityId, String actor, AuditAction action, String target, String details) {
        entries.save(new AuditEntry(clock.instant(), authorityId, actor, action, target, details));
    }

    /** Records an action where the actor is known by name only; the details are shown translated. */
    @Transactional
    public void recordDetailedFor(Long authorityId, String actor, AuditAction action, String target,
            AuditDetails details) {
        entries.save(new AuditEntry(clock.instant(), authorityId, actor, action, target, details));
    }

    /** One page of the admin's authority's entries, newest first, with details in {@code locale}. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditFilter filter, Locale locale, Pageable pageable) {
        return page(filter, pageable).map(entry -> toRecord(entry, locale)).getContent();
    }

    /** Kept for callers of the first version: one action or all, details in German. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditAction action, Pageable pageable) {
        return find(new AuditFilter(action, null, null, false), Translations.GERMAN, pageable);
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(access.auditLog().and(AuditRepository.matching(filter, ZoneId.systemDefault())));
    }

    /**
     * The filtered entries of the admin's own authority as CSV (UTF-8 with a byte order mark so spreadsheet programs
     * read the umlauts; semicolons in German, commas in English, as those spreadsheet programs expect), read page by
     * page. The export itself is recorded: who took a copy of the log, and of what.
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public byte[] exportCsv(AuditFilter filter, Locale locale) {
        Locale language = Translations.supported(locale);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        Logs.Csv csv = Logs.csv(language, List.of(t(language, "audit.column.when"), t(language, "audit.column.actor"),
                t(language, "audit.column.action"), t(language, "audit.column.target"),
                t(language, "audit.column.details")), pageable -> page(filter, pageable), entry -> {
                    AuditRecord shown = toRecord(entry, language);
                    return Arrays.asList(when.format(shown.occurredAt()), shown.actor(),
                            t(language, "audit.action." + shown.action().name()), shown.target(), shown.details());
                });
        long rows = csv.rows();
        recordDetailed(AuditAction.AUDIT_LOG_EXPORTED, null, AuditDetails.of("audit.details.exported", rows,
                new AuditDetails.Key(filter.action() == null ? "audit.details.all-actions"
                        : "audit.action." + filter.action().name()),
                filter.from() == null ? "–" : filter.from(), filter.to() == null ? "–" : filter.to(),
                new AuditDetails.Key(filter.withoutLogins() ? "audit.details.without-logins"
                        : "audit.details.with-logins")));
        return csv.bytes();
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUser user) {
            recordFor(AuditAccess.authorityOf(user), user.getUsername(), AuditAction.LOGOUT, user.getUsername(), null);
        }
    }

    private Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        return entries.findAll(access.auditLog().and(AuditRepository.matching(filter, ZoneId.systemDefault())),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), AuditRepository.NEWEST_FIRST));
    }

    private AuditRecord toRecord(AuditEntry entry, Locale locale) {
        AuditDetails details = entry.structuredDetails();
        String text = details == null ? entry.plainDetails()
                : translations.getTranslation(details.key(), locale, details.arguments().stream()
                        .map(argument -> shown(argument, locale)).toArray());
        return new AuditRecord(entry.occurredAt(), entry.actor(), entry.action(), entry.target(), text);
    }

    /** An argument as MessageFormat should see it: numbers and dates stay typed, so they are written the local way. */
    private Object shown(Object argument, Locale locale) {
        return switch (argument) {
            case Instant instant -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(Translations.supported(locale)).withZone(ZoneId.systemDefault()).format(instant);
            case AuditDetails.Key key -> t(locale, key.key());
            case AuditDetails.Keys keys -> keys.keys().stream().map(key -> t(locale, key))
                    .collect(Collectors.joining(", "));
            case AuditDetails.Bilingual text -> Translations.supported(locale).equals(Translations.ENGLISH)
                    && !text.english().isBlank() ? text.english() : text.german();
            default -> argument;
        };
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
