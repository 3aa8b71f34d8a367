package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists for new employees. Who sees what, who may tick and who confirms: {@link OnboardingAccess}; managers see
 * their teams' checklists only as the authority's preset allows (per person, or only counts). The person hears of a confirmation or a
 * send-back, the confirmers of an item that waits for them, through notices (and the daily e-mail).
 */
@Service
public class Onboarding {

    /** A comment or reason on an item, and an added item's title: checked here, the fields' maxima (V6's columns). */
    public static final int TEXT_LENGTH = ChecklistItem.TEXT_LENGTH;
    public static final int TITLE_LENGTH = TemplateRules.TITLE_LENGTH;

    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final ChecklistFactory factory;
    private final StaffDirectory staff;
    private final OnboardingAccess access;
    private final SignOffNotices notices;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;
    private final AccessLog accessLog;
    private final VisibilitySettings visibility;

    Onboarding(ChecklistRepository checklists, ChecklistItemRepository items, ChecklistFactory factory,
            StaffDirectory staff, OnboardingAccess access, SignOffNotices notices, CurrentUser currentUser,
            Translations translations, Clock clock, AccessLog accessLog, VisibilitySettings visibility) {
        this.accessLog = accessLog;
        this.visibility = visibility;
        this.access = access;
        this.notices = notices;
        this.translations = translations;
        this.checklists = checklists;
        this.items = items;
        this.factory = factory;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** "My first weeks": the signed-in person's checklist, if they have one. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public Optional<MyOnboarding> mine(Locale locale) {
        AppUser me = currentUser.require();
        return checklists.findByEmployeeId(me.accountId()).map(checklist -> {
            StaffMember employee = staff.member(checklist.employeeId()).orElseThrow();
            List<OnboardingItem> shown = items.findByChecklistIdOrderByPositionAsc(checklist.getId()).stream()
                    .map(item -> view(item, checklist, employee, me, locale)).toList();
            return new MyOnboarding(checklist.getId(), checklist.title(locale.getLanguage()), checklist.startDate(),
                    name(checklist.buddyId()), employee.managerIds().stream().map(this::name).toList(), shown);
        });
    }

    /**
     * "My onboarding tasks": what the signed-in buddy, manager or admin (IT) does for new people, and what waits for
     * their confirmation, by due date.
     */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<OnboardingItem> myTasks(Locale locale) {
        AppUser me = currentUser.require();
        Map<Long, Checklist> relevant = new HashMap<>();
        checklists.findAll(access.withTasks()).forEach(checklist -> relevant.put(checklist.getId(), checklist));
        if (relevant.isEmpty()) {
            return List.of();
        }
        Map<Long, StaffMember> people = new HashMap<>();
        List<OnboardingItem> tasks = new ArrayList<>();
        for (ChecklistItem item : items.findByChecklistIdInOrderByDueDateAscPositionAsc(relevant.keySet())) {
            Checklist checklist = relevant.get(item.checklistId());
            StaffMember employee = people.computeIfAbsent(checklist.employeeId(),
                    id -> staff.member(id).orElseThrow());
            OnboardingItem view = view(item, checklist, employee, me, locale);
            if ((item.responsible() != Responsible.EMPLOYEE && view.mayTick()) || view.maySignOff()) {
                tasks.add(view);
            }
        }
        return tasks;
    }

    /**
     * Ticks an item the signed-in person is responsible for, with an optional comment. An item that needs sign-off then
     * waits for its confirmers, who are told; when the one ticking is a confirmer, it counts as confirmed at once.
     */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void tick(long itemId, long version, String comment) {
        AppUser me = currentUser.require();
        ChecklistItem item = access.visibleItem(itemId);
        Checklist checklist = checklists.findById(item.checklistId()).orElseThrow();
        StaffMember employee = staff.member(checklist.employeeId()).orElseThrow();
        if (!access.responsible(item, checklist, employee, me)) {
            throw new UserFacingException("onboarding.error.not-yours");
        }
        item.requireVersion(version);
        Instant now = clock.instant();
        item.done(me.accountId(), text(comment), now);
        if (!item.waiting()) {
            return;
        }
        if (access.confirms(checklist, employee, me)) {
            item.signOff(me.accountId(), now);
            return;
        }
        notices.waiting(item, checklist, employee, now);
    }

    /** The person's manager (or, without one, an admin) confirms an item that waits for sign-off. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void signOff(long itemId, long version) {
        AppUser me = currentUser.require();
        ChecklistItem item = access.confirmable(itemId);
        item.requireVersion(version);
        item.signOff(me.accountId(), clock.instant());
        Checklist checklist = checklists.findById(item.checklistId()).orElseThrow();
        notices.signedOff(item, checklist, me.displayName());
    }

    /** Instead of confirming, sends the item back to the person with a reason; it is open again for them. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void sendBack(long itemId, long version, String reason) {
        AppUser me = currentUser.require();
        ChecklistItem item = access.confirmable(itemId);
        item.requireVersion(version);
        String why = text(reason);
        Instant now = clock.instant();
        item.sendBack(me.accountId(), why, now);
        Checklist checklist = checklists.findById(item.checklistId()).orElseThrow();
        notices.sentBack(item, checklist, me.displayName(), why, now);
    }

    /** A manager leaves out an item for this person only, with a reason; the template stays as it is. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void skip(long itemId, long version, String reason) {
        ChecklistItem item = access.managedItem(itemId);
        item.requireVersion(version);
        item.skip(currentUser.require().accountId(), text(reason), clock.instant());
    }

    /** A manager adds an item for this person only. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void addItem(long checklistId, String title, Responsible who, LocalDate due) {
        Checklist checklist = access.managed(checklistId);
        String name = text(title);
        if (name == null || name.length() > TITLE_LENGTH) {
            throw new UserFacingException("onboarding.error.title");
        }
        if (who == null || due == null) {
            throw new UserFacingException("onboarding.error.item");
        }
        int position = items.findByChecklistIdOrderByPositionAsc(checklistId).size();
        items.save(new ChecklistItem(checklist.getId(), position,
                translations.getTranslation("onboarding.added-phase", Translations.GERMAN),
                translations.getTranslation("onboarding.added-phase", Translations.ENGLISH), name, name, null, null,
                who, due, null, null, false, true));
    }

    /** A manager picks the buddy: an active colleague of the same authority, not the new person. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void chooseBuddy(long checklistId, long version, Long buddyId) {
        Checklist checklist = access.managed(checklistId);
        checklist.requireVersion(version);
        if (buddyId != null) {
            StaffMember buddy = staff.member(buddyId).filter(StaffMember::active)
                    .filter(member -> member.authorityId() == checklist.authorityId())
                    .orElseThrow(() -> new RecordNotFoundException("employee", buddyId));
            if (buddy.id() == checklist.employeeId()) {
                throw new UserFacingException("onboarding.error.own-buddy");
            }
        }
        checklist.chooseBuddy(buddyId);
    }

    /** A manager starts a checklist by hand for a team member without one, from their job role's template. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public long start(long employeeId, LocalDate startDate) {
        StaffMember employee = access.teamMember(employeeId);
        if (startDate == null) {
            throw new UserFacingException("onboarding.error.start-date");
        }
        if (checklists.findByEmployeeId(employeeId).isPresent()) {
            throw new UserFacingException("onboarding.error.exists");
        }
        return factory.create(employee.authorityId(), employee.id(), employee.jobRoleCode(), startDate)
                .orElseThrow(() -> new UserFacingException("onboarding.error.no-template"))
                .getId();
    }

    /**
     * The manager's overview: each team member's checklist with progress, overdue items and expected end. Only where
     * the authority's preset shows onboarding progress per person; otherwise {@link #teamTotals()} is all there is.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<TeamOnboardingRow> team() {
        if (progressSight() != Sight.PER_PERSON) {
            throw new UserFacingException("onboarding.team.per-person-not-shown");
        }
        return teamRows();
    }

    /** How many people of the manager's teams have a checklist, finished it, are overdue or wait, by the preset. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public TeamOnboardingTotals teamTotals() {
        return totals(progressSight(), teamRows());
    }

    /**
     * The counts and, where the preset shows onboarding per person, the rows: one read per page load, the team resolved
     * once and checklists, items and names each in one query, so it costs the same for a team of 5 or of 300.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public TeamOnboarding teamPage() {
        Sight sight = progressSight();
        List<TeamOnboardingRow> rows = teamRows();
        return new TeamOnboarding(totals(sight, rows), sight == Sight.PER_PERSON ? rows : List.of());
    }

    private static TeamOnboardingTotals totals(Sight sight, List<TeamOnboardingRow> rows) {
        return new TeamOnboardingTotals(sight == Sight.PER_PERSON, PeopleCount.of(sight, rows.size()),
                PeopleCount.of(sight, rows.stream().filter(TeamOnboardingRow::onboarded).count()),
                PeopleCount.of(sight, rows.stream().filter(row -> row.overdue() > 0).count()),
                PeopleCount.of(sight, rows.stream().filter(row -> row.waiting() > 0).count()));
    }

    private Sight progressSight() {
        return visibility.managerSight(Record.ONBOARDING_PROGRESS);
    }

    private List<TeamOnboardingRow> teamRows() {
        List<Checklist> found = checklists.findAll(access.managed());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChecklistItem>> byChecklist = new HashMap<>();
        items.findByChecklistIdInOrderByDueDateAscPositionAsc(found.stream().map(Checklist::getId).toList())
                .forEach(item -> byChecklist.computeIfAbsent(item.checklistId(), id -> new ArrayList<>()).add(item));
        // the people and their buddies by name in one query, not one lookup each
        Set<Long> people = new HashSet<>();
        found.forEach(checklist -> {
            people.add(checklist.employeeId());
            if (checklist.buddyId() != null) {
                people.add(checklist.buddyId());
            }
        });
        Map<Long, String> names = staff.names(access.ownAuthority(), people);
        LocalDate today = today();
        return found.stream().map(checklist -> {
            List<ChecklistItem> list = byChecklist.getOrDefault(checklist.getId(), List.of());
            long finished = list.stream().filter(ChecklistItem::finished).count();
            List<ChecklistItem> late = list.stream().filter(item -> item.status() == ItemStatus.OPEN
                    && item.dueDate().isBefore(today)).toList();
            long own = late.stream().filter(item -> item.responsible() == Responsible.EMPLOYEE).count();
            long waiting = list.stream().filter(ChecklistItem::waiting).count();
            LocalDate end = list.stream().map(ChecklistItem::dueDate).max(Comparator.naturalOrder())
                    .orElse(checklist.startDate());
            return new TeamOnboardingRow(checklist.getId(), checklist.getVersion(), checklist.employeeId(),
                    names.get(checklist.employeeId()),
                    checklist.buddyId() == null ? null : names.get(checklist.buddyId()), checklist.startDate(), finished,
                    list.size(), late.size(), own, waiting, end);
        }).sorted(Comparator.comparing(TeamOnboardingRow::startDate).reversed()).toList();
    }

    /**
     * One team member's checklist, for the manager to pick the buddy, add or skip items, tick their own and confirm or
     * send back what waits for them.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<OnboardingItem> checklist(long checklistId, Locale locale) {
        Checklist checklist = access.managed(checklistId);
        if (progressSight() != Sight.PER_PERSON) {
            // Under a preset that shows managers only counts, a person's checklist reads as not there.
            throw new RecordNotFoundException("checklist", checklistId);
        }
        StaffMember employee = staff.member(checklist.employeeId()).orElseThrow();
        AppUser me = currentUser.require();
        accessLog.record(AccessKind.ONBOARDING_VIEWED, checklist.employeeId(), checklist.title(locale.getLanguage()));
        return items.findByChecklistIdOrderByPositionAsc(checklistId).stream()
                .map(item -> view(item, checklist, employee, me, locale)).toList();
    }

    private OnboardingItem view(ChecklistItem item, Checklist checklist, StaffMember employee, AppUser me,
            Locale locale) {
        String language = locale.getLanguage();
        boolean maySignOff = item.waiting() && access.confirms(checklist, employee, me);
        return new OnboardingItem(item.getId(), item.getVersion(), employee.fullName(), item.phase(language),
                item.title(language), item.description(language), item.responsible(), item.dueDate(), item.status(),
                item.needsSignOff(), item.signedOffAt() != null, item.comment(), item.skipReason(),
                item.status() == ItemStatus.OPEN && item.dueDate().isBefore(today()),
                item.status() == ItemStatus.OPEN && access.responsible(item, checklist, employee, me), maySignOff,
                item.status() == ItemStatus.DONE && item.doneAt() != null && item.comment() == null
                        && (item.moduleKey() != null || item.scenarioKey() != null),
                name(item.signedOffBy()), day(item.signedOffAt()), name(item.sentBackBy()), day(item.sentBackAt()),
                item.sentBackReason());
    }

    private String name(Long employeeId) {
        return employeeId == null ? null : staff.member(employeeId).map(StaffMember::fullName).orElse(null);
    }

    private LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneId.systemDefault());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_LENGTH) {
            throw new UserFacingException("onboarding.error.text", TEXT_LENGTH);
        }
        return stripped;
    }
}
