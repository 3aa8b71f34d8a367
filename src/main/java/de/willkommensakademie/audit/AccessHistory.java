package de.willkommensakademie.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
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
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessHistory(AccessRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the entries about the signed-in person of the last months, newest first. */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<AccessRecord> aboutMe(Pageable pageable) {
        AppUser me = currentUser.require();
        return entries.findByAuthorityIdAndSubjectIdAndAtGreaterThanEqual(currentUser.authorityId(), me.accountId(),
                shownSince(), newestFirst(pageable)).map(AccessEntry::toRecord).getContent();
    }

    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public long countAboutMe() {
        AppUser me = currentUser.require();
        return entries.countByAuthorityIdAndSubjectIdAndAtGreaterThanEqual(currentUser.authorityId(), me.accountId(),
                shownSince());
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
        return entries.count(AccessRepository.matching(currentUser.authorityId(), filter, ZoneId.systemDefault()));
    }

    private Page<AccessEntry> page(AccessFilter filter, Pageable pageable) {
        return entries.findAll(AccessRepository.matching(currentUser.authorityId(), filter, ZoneId.systemDefault()),
                newestFirst(pageable));
    }

    private Instant shownSince() {
        return clock.instant().atZone(ZoneId.systemDefault()).minusMonths(MONTHS_SHOWN).toInstant();
    }

    private static Pageable newestFirst(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), AccessRepository.NEWEST_FIRST);
    }
}
