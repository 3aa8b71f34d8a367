package de.willkommensakademie.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log: every person the entries about themselves of the last {@value #MONTHS_SHOWN} months, an
 * administrator the whole log of their own authority. Operators see none of it.
 */
@Service
public class AccessHistory {

    /** How far back a person sees who looked at their records. */
    public static final int MONTHS_SHOWN = 12;

    private final AccessRepository entries;
    private final AuditAccess access;
    private final Clock clock;
    private final Translations translations;
    private final AuditLog auditLog;

    AccessHistory(AccessRepository entries, AuditAccess access, Clock clock, Translations translations,
            AuditLog auditLog) {
        this.entries = entries;
        this.translations = translations;
        this.auditLog = auditLog;
        this.access = access;
        this.clock = clock;
    }

    /** One page of the entries about the signed-in person of the last months, newest first. */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<AccessRecord> aboutMe(Pageable pageable) {
        return entries.findAll(access.aboutMe(shownSince()), newestFirst(pageable)).map(AccessEntry::toRecord)
                .getContent();
    }

    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public long countAboutMe() {
        return entries.count(access.aboutMe(shownSince()));
    }

    /** One page of the administrator's authority's entries that pass the filter, newest first. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<AccessRecord> find(AccessFilter filter, Pageable pageable) {
        return page(filter, pageable).map(AccessEntry::toRecord).getContent();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public long count(AccessFilter filter) {
        return entries.count(access.accessLog().and(AccessRepository.matching(filter, ZoneId.systemDefault())));
    }

    /**
     * The filtered entries of the administrator's authority as CSV, read page by page. The export itself goes into the
     * audit log: who took a copy of the access log, and of what.
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public byte[] exportCsv(AccessFilter filter, Locale locale) {
        Locale language = Translations.supported(locale);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        Logs.Csv csv = Logs.csv(language, List.of(t(language, "access.column.when"), t(language, "access.column.actor"),
                t(language, "access.column.subject"), t(language, "access.column.kind"),
                t(language, "access.column.what")), pageable -> page(filter, pageable), entry -> {
                    AccessRecord shown = entry.toRecord();
                    return Arrays.asList(when.format(shown.at()), shown.actor(), shown.subject(),
                            t(language, "access.kind." + shown.kind().name()), shown.what());
                });
        auditLog.recordDetailed(AuditAction.ACCESS_LOG_EXPORTED, null, AuditDetails.of("access.details.exported",
                csv.rows(), filter.person() == null ? new AuditDetails.Key("access.details.anyone") : filter.person(),
                new AuditDetails.Key(filter.kind() == null ? "access.details.anyone"
                        : "access.kind." + filter.kind().name()),
                filter.from() == null ? "–" : filter.from(), filter.to() == null ? "–" : filter.to()));
        return csv.bytes();
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private Page<AccessEntry> page(AccessFilter filter, Pageable pageable) {
        return entries.findAll(access.accessLog().and(AccessRepository.matching(filter, ZoneId.systemDefault())),
                newestFirst(pageable));
    }

    private Instant shownSince() {
        return clock.instant().atZone(ZoneId.systemDefault()).minusMonths(MONTHS_SHOWN).toInstant();
    }

    private static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), AccessRepository.NEWEST_FIRST);
    }
}
