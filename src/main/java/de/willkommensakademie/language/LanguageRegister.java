package de.willkommensakademie.language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of staff language skills. Everyone keeps their own levels and decides about the pool; the pool shows
 * only people of the same authority who opted in, with name, team and level. Evidence documents are for the owner,
 * their managers and the authority's admins; every download by someone else is audited. Who sees which level:
 * {@link LanguageAccess}.
 */
@Service
public class LanguageRegister {

    public static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    /** What evidence may be: also what the upload field offers and its messages name. */
    public static final FileType[] EVIDENCE_TYPES = {FileType.PDF, FileType.PNG, FileType.JPEG};

    private final LanguageLevelRepository levels;
    private final LanguagePoolRepository pool;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final LanguageAccess access;
    private final EvidenceFiles evidenceFiles;
    private final Clock clock;

    LanguageRegister(LanguageLevelRepository levels, LanguagePoolRepository pool, StaffDirectory staff,
            AuditLog audit, AccessLog accessLog, CurrentUser currentUser, LanguageAccess access,
            EvidenceFiles evidenceFiles, Clock clock) {
        this.access = access;
        this.evidenceFiles = evidenceFiles;
        this.accessLog = accessLog;
        this.levels = levels;
        this.pool = pool;
        this.staff = staff;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<LevelRow> myLevels() {
        return access.ownLevelFacts().stream().map(LevelFacts::row).toList();
    }

    /** Adds or changes the level in a language; a changed level is self-reported until verified again. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void saveLevel(LevelForm form) {
        AppUser me = currentUser.require();
        if (form == null || !Languages.known(form.language())) {
            throw new UserFacingException("language.error.language");
        }
        if (form.overall() == null) {
            throw new UserFacingException("language.error.level");
        }
        if (form.evidence() == null) {
            throw new UserFacingException("language.error.evidence");
        }
        if (form.evidenceDate() != null && form.evidenceDate().isAfter(today())) {
            throw new UserFacingException("language.error.date");
        }
        levels.findByEmployeeIdAndLanguage(me.accountId(), form.language()).ifPresentOrElse(
                level -> level.change(form, clock.instant()),
                () -> levels.save(new LanguageLevel(access.ownAuthority(), me.accountId(), form, clock.instant())));
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void removeLevel(long id) {
        levels.delete(access.ownLevel(id));
    }

    /** A PDF, PNG or JPEG proving the level, read completely before it is stored (see {@link FileType#check}). */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void attachEvidence(long id, byte[] file) {
        LanguageLevel level = access.ownLevel(id);
        FileType.Checked checked = FileType.check(file, MAX_DOCUMENT_BYTES, EVIDENCE_TYPES);
        level.attach(checked.type().mediaType(), clock.instant());
        evidenceFiles.replace(id, checked.data());
    }

    /** The evidence document for its owner, the owner's managers and admins of the authority. */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional // not read-only: a download by someone else writes the audit entry
    public EvidenceFile evidence(long id) {
        LanguageLevel level = access.evidence(id);
        boolean owner = level.employeeId() == currentUser.require().accountId();
        if (!owner) {
            audit.recordDetailed(AuditAction.LANGUAGE_EVIDENCE_DOWNLOADED, staff.member(level.employeeId())
                    .map(StaffMember::fullName).orElse("#" + level.employeeId()), AuditDetails.of(
                            "audit.details.language-evidence", new AuditDetails.Bilingual(
                                    Languages.name(level.language(), Locale.GERMAN),
                                    Languages.name(level.language(), Locale.ENGLISH))));
            accessLog.record(AccessKind.EVIDENCE_DOWNLOADED, level.employeeId(),
                    Languages.name(level.language(), Locale.GERMAN));
        }
        return new EvidenceFile(level.documentType(), evidenceFiles.read(id)
                .orElseThrow(() -> new RecordNotFoundException("evidence", id)));
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public boolean inPool() {
        return pool.existsById(currentUser.require().accountId());
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void joinPool() {
        AppUser me = currentUser.require();
        if (!pool.existsById(me.accountId())) {
            pool.save(new LanguagePoolMember(me.accountId(), access.ownAuthority(), clock.instant()));
        }
    }

    /** Leaving takes the person off the roster at once. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void leavePool() {
        pool.deleteById(currentUser.require().accountId());
    }

    /**
     * "Who can help in Arabic now": opted-in people of the authority with at least the given level; without a
     * language, everyone in the pool with all their languages.
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<PoolEntry> pool(String language, Cefr minimum) {
        if (language != null && !Languages.known(language)) {
            return List.of();
        }
        List<PoolEntry> entries = new ArrayList<>();
        List<LevelFacts> pooled = access.poolLevels(language);
        // everyone named at once, with their teams' names: a fixed number of statements however large the pool
        Map<Long, StaffMember> members = staff.members(pooled.stream().map(LevelFacts::employeeId).toList());
        Map<Long, String> teams = staff.teamNames(members.values().stream().map(StaffMember::teamId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (LevelFacts level : pooled) {
            if (minimum != null && !level.overall().atLeast(minimum)) {
                continue;
            }
            StaffMember member = members.get(level.employeeId());
            if (member != null && member.active()) {
                entries.add(new PoolEntry(member.fullName(), member.teamId() == null ? null
                        : teams.get(member.teamId()), level.language(), level.overall()));
            }
        }
        return entries;
    }

    /**
     * A manager's view of one team member's levels: a first language stays hidden unless the person joined the
     * pool.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<LevelRow> levelsOf(long employeeId) {
        access.requireTeamMember(employeeId);
        boolean pooled = access.pooled(employeeId);
        accessLog.record(AccessKind.LANGUAGE_RECORDS_VIEWED, employeeId, null);
        return levels.findFactsOf(employeeId).stream()
                .filter(level -> pooled || !level.firstLanguage()).map(LevelFacts::row).toList();
    }

    /**
     * The levels of one person that were verified, for their manager or an administrator of the authority (team
     * progress); as for managers, a first language stays hidden unless the person joined the pool.
     */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<LevelRow> verifiedLevelsOf(long employeeId) {
        access.requireInSight(employeeId);
        boolean pooled = access.pooled(employeeId);
        return levels.findFactsOf(employeeId).stream()
                .filter(level -> level.status() == LevelStatus.VERIFIED)
                .filter(level -> pooled || !level.firstLanguage()).map(LevelFacts::row).toList();
    }

    /** A manager confirms a team member's level (having seen the evidence). */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void verify(long id, long version) {
        LanguageLevel level = access.managedLevel(id);
        level.requireVersion(version);
        level.verify(currentUser.require().accountId(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** An evidence document with its type. */
    public record EvidenceFile(String mediaType, byte[] data) {
    }
}
