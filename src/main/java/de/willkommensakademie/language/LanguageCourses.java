package de.willkommensakademie.language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Language courses: a person requests one, their manager approves or declines it with a reason, plans it (provider,
 * dates, hours, cost), and records the outcome. Completing a course with a level reached announces it, so a
 * certificate is issued. Who sees and handles which course: {@link LanguageAccess}.
 */
@Service
public class LanguageCourses {

    private final LanguageCourseRepository courses;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final LanguageAccess access;
    private final Clock clock;

    private final VisibilitySettings visibility;

    LanguageCourses(LanguageCourseRepository courses, StaffDirectory staff, NoticeSender notices,
            ApplicationEventPublisher events, CurrentUser currentUser, LanguageAccess access, Clock clock,
            VisibilitySettings visibility) {
        this.access = access;
        this.visibility = visibility;
        this.courses = courses;
        this.staff = staff;
        this.notices = notices;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A request for a course; the person's managers get a notice. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public long request(String language, Cefr target, String provider, String reason) {
        AppUser me = currentUser.require();
        long authorityId = access.ownAuthority();
        if (!Languages.known(language)) {
            throw new UserFacingException("language.error.language");
        }
        if (target == null) {
            throw new UserFacingException("language.error.level");
        }
        LanguageCourse course = courses.save(new LanguageCourse(authorityId, me.accountId(), language, target,
                text(provider, 200), text(reason, 1000), clock.instant()));
        StaffMember member = staff.member(me.accountId()).orElseThrow();
        for (long manager : member.managerIds()) {
            notices.send(authorityId, manager, "notice.course-requested", List.of(member.fullName(),
                    Languages.name(language, Locale.GERMAN), Languages.name(language, Locale.ENGLISH),
                    target.name()), "languages/team?tab=requests", "course-requested-" + course.getId());
        }
        return course.getId();
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<CourseRow> mine() {
        return courses.findByEmployeeIdOrderByRequestedAtDesc(currentUser.require().accountId()).stream()
                .map(this::row).toList();
    }

    /**
     * The courses of the people in the manager's teams. Where the authority's preset shows language levels only as
     * counts, finished, dropped and declined courses (which state the level reached) are left out; requests and
     * planned or running courses stay, as the manager decides and plans them.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<CourseRow> team() {
        return visible(teamAll(access.team()), visibility.managerSight(Record.VERIFIED_LANGUAGE_LEVELS));
    }

    /** Of every course of the manager's teams, those the preset lets the manager see (see {@link #team()}). */
    List<CourseRow> visible(List<CourseRow> all, Sight sight) {
        return sight == Sight.PER_PERSON ? all
                : all.stream().filter(course -> course.status() == CourseStatus.REQUESTED
                        || course.status() == CourseStatus.PLANNED || course.status() == CourseStatus.RUNNING)
                        .toList();
    }

    /**
     * Every course of these members of the manager's teams (resolved once by the caller), for sums that the caller
     * shows within the preset: the courses in one query, the people's names in another.
     */
    List<CourseRow> teamAll(Set<Long> team) {
        return teamAll(team, null);
    }

    /** As {@link #teamAll(Set)}, with the members' names when the caller has read them already (else null). */
    List<CourseRow> teamAll(Set<Long> team, Map<Long, String> knownNames) {
        List<LanguageCourse> found = courses.findAll(access.managedCourses(team),
                Sort.by(Sort.Direction.DESC, "requestedAt"));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = knownNames != null ? knownNames : staff.names(access.ownAuthority(),
                found.stream().map(LanguageCourse::employeeId).collect(Collectors.toSet()));
        return found.stream().map(course -> row(course, names.get(course.employeeId()))).toList();
    }

    /** Approves (then planned) or declines a request; a decline needs a reason. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void decide(long id, long version, boolean approve, String reason) {
        LanguageCourse course = managed(id, version);
        String why = text(reason, 1000);
        course.decide(approve, currentUser.require().accountId(), why);
        notices.send(course.authorityId(), course.employeeId(), approve ? "notice.course-approved"
                : "notice.course-declined", List.of(Languages.name(course.language(), Locale.GERMAN),
                        Languages.name(course.language(), Locale.ENGLISH), why == null ? "" : why), "languages",
                "course-decided-" + id);
    }

    /** Provider, dates, hours and cost of an approved course. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void plan(long id, long version, String provider, LocalDate start, LocalDate end, Integer hours,
            Long costCents) {
        LanguageCourse course = managed(id, version);
        course.plan(text(provider, 200), start, end, hours, costCents);
    }

    /** The outcome: the level reached and the hours attended; announces the completion. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void complete(long id, long version, Cefr reached, int hoursAttended) {
        LanguageCourse course = managed(id, version);
        course.complete(reached, hoursAttended, clock.instant());
        LocalDate end = course.endDate() == null ? LocalDate.now(clock.withZone(ZoneId.systemDefault()))
                : course.endDate();
        events.publishEvent(new LanguageCourseCompleted(course.authorityId(), course.employeeId(), course.getId(),
                course.language(), Languages.name(course.language(), Locale.GERMAN),
                Languages.name(course.language(), Locale.ENGLISH), reached, course.provider(), end, hoursAttended,
                course.completedAt()));
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void drop(long id, long version, Integer hoursAttended) {
        LanguageCourse course = managed(id, version);
        course.drop(hoursAttended);
    }

    private LanguageCourse managed(long id, long version) {
        LanguageCourse course = access.managedCourse(id);
        course.requireVersion(version);
        return course;
    }

    /** A planned course whose start date has come shows as running. */
    private CourseRow row(LanguageCourse course) {
        return row(course, staff.member(course.employeeId()).map(StaffMember::fullName).orElse(null));
    }

    private CourseRow row(LanguageCourse course, String name) {
        boolean started = course.status() == CourseStatus.PLANNED && course.startDate() != null
                && !course.startDate().isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())));
        String person = name == null ? "#" + course.employeeId() : name;
        LocalDate requestedOn = course.requestedAt() == null ? null
                : LocalDate.ofInstant(course.requestedAt(), ZoneId.systemDefault());
        return new CourseRow(course.getId(), course.getVersion(), course.employeeId(), person, requestedOn,
                course.language(), course.provider(), course.targetLevel(), course.startDate(), course.endDate(), course.hoursPlanned(),
                course.hoursAttended(), course.costCents(), started ? CourseStatus.RUNNING : course.status(),
                course.decisionReason(), course.levelReached());
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new UserFacingException("onboarding.error.text", max);
        }
        return stripped;
    }
}
