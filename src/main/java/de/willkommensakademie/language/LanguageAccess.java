package de.willkommensakademie.language;

import static de.willkommensakademie.base.RecordSpecifications.withId;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which language courses and levels, in one place. Courses: the person their own; their managers those of
 * the members of the teams they lead, to decide, plan and record them. Levels: the person their own; their managers
 * a team member's levels (a first language only once the person joined the pool) and may verify them; administrators
 * a person's verified levels and evidence within their authority; everyone of the authority the levels of the people
 * who joined the pool. Lists and single records share the specifications here; anything outside them, and anything of
 * another authority, reads as not found. Targets and priority languages belong to the signed-in person's authority.
 */
@Component
class LanguageAccess {

    private final LanguageCourseRepository courses;
    private final LanguageLevelRepository levels;
    private final LanguagePoolRepository pool;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    LanguageAccess(LanguageCourseRepository courses, LanguageLevelRepository levels, LanguagePoolRepository pool,
            StaffDirectory staff, CurrentUser currentUser) {
        this.courses = courses;
        this.levels = levels;
        this.pool = pool;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The authority of the signed-in person: their own new records, its targets and priority languages. */
    long ownAuthority() {
        return currentUser.authorityId();
    }

    /** The people in the teams the signed-in manager leads, active or not (their records stay theirs). */
    Set<Long> team() {
        return staff.membersOfTeamsLedBy(currentUser.authorityId(), currentUser.require().accountId());
    }

    /** The courses of the signed-in manager's team members, in their authority. */
    Specification<LanguageCourse> managedCourses() {
        return managedCourses(team());
    }

    /** The courses of these members of the signed-in manager's teams ({@link #team()}, resolved once by the caller). */
    Specification<LanguageCourse> managedCourses(Set<Long> team) {
        long authorityId = currentUser.authorityId();
        return (root, query, cb) -> cb.and(cb.equal(root.get("authorityId"), authorityId),
                team.isEmpty() ? cb.disjunction() : root.get("employeeId").in(team));
    }

    /** A course of the signed-in manager's team members, or not found. */
    LanguageCourse managedCourse(long id) {
        return courses.findOne(managedCourses().and(withId(id)))
                .orElseThrow(() -> new RecordNotFoundException("course", id));
    }

    /** The signed-in person's own levels. */
    Specification<LanguageLevel> ownLevels() {
        long me = currentUser.require().accountId();
        return (root, query, cb) -> cb.equal(root.get("employeeId"), me);
    }

    /** The signed-in person's own levels for their list, by language, without the evidence documents. */
    List<LevelFacts> ownLevelFacts() {
        return levels.findFactsOf(currentUser.require().accountId());
    }

    /** A level of the signed-in person's own, or not found. */
    LanguageLevel ownLevel(long id) {
        return levels.findOne(ownLevels().and(withId(id))).orElseThrow(() -> new RecordNotFoundException("level", id));
    }

    /**
     * The levels of the signed-in manager's team members that the manager may see and verify: a first language only
     * when the person joined the pool.
     */
    Specification<LanguageLevel> managedLevels() {
        long authorityId = currentUser.authorityId();
        Set<Long> team = team();
        return (root, query, cb) -> {
            Subquery<Long> pooled = query.subquery(Long.class);
            var member = pooled.from(LanguagePoolMember.class);
            pooled.select(member.get("employeeId"));
            return cb.and(cb.equal(root.get("authorityId"), authorityId),
                    team.isEmpty() ? cb.disjunction() : root.get("employeeId").in(team),
                    cb.or(cb.isFalse(root.get("firstLanguage")), root.get("employeeId").in(pooled)));
        };
    }

    /** A level the signed-in manager may verify, or not found. */
    LanguageLevel managedLevel(long id) {
        return levels.findOne(managedLevels().and(withId(id)))
                .orElseThrow(() -> new RecordNotFoundException("level", id));
    }

    /**
     * A level with an evidence document the signed-in person may download: their own, a team member's (managers) or
     * any of the authority (administrators).
     */
    LanguageLevel evidence(long id) {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        return levels.findById(id).filter(found -> found.authorityId() == authorityId)
                .filter(found -> found.documentType() != null)
                .filter(found -> found.employeeId() == me.accountId() || me.hasRole(Role.ADMIN)
                        || (me.hasRole(Role.MANAGER) && staff.manages(me.accountId(), found.employeeId())))
                .orElseThrow(() -> new RecordNotFoundException("evidence", id));
    }

    /** A member of the signed-in manager's teams whose levels they look at; anyone else is not found. */
    void requireTeamMember(long employeeId) {
        if (!staff.manages(currentUser.require().accountId(), employeeId)) {
            throw new RecordNotFoundException("employee", employeeId);
        }
    }

    /**
     * A person whose verified levels the signed-in person may see: administrators anyone of their authority, managers
     * their team members; anyone else is not found.
     */
    void requireInSight(long employeeId) {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        boolean allowed = me.hasRole(Role.ADMIN)
                ? staff.member(employeeId).filter(member -> member.authorityId() == authorityId).isPresent()
                : staff.manages(me.accountId(), employeeId);
        if (!allowed) {
            throw new RecordNotFoundException("employee", employeeId);
        }
    }

    /** Whether the person joined the pool, which shows their first language to their manager. */
    boolean pooled(long employeeId) {
        return pool.existsById(employeeId);
    }

    /**
     * The levels of the people of the signed-in person's authority who joined the pool, in one language or all,
     * without evidence documents: by language, then the highest level first.
     */
    List<LevelFacts> poolLevels(String language) {
        long authorityId = currentUser.authorityId();
        return language == null ? levels.findPoolFacts(authorityId) : levels.findPoolFactsIn(authorityId, language);
    }
}
