package de.willkommensakademie.learning;

import static de.willkommensakademie.base.RecordSpecifications.withId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.RecordSpecifications;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what in learning, in one place. Modules follow the content kernel's rule (shipped, own, or shared;
 * people start only published ones); a progress record, with its quiz answers, belongs to its learner alone and is
 * read through {@link #ownProgress()} as a list and as a single record; completions are read within the caller's
 * authority only (certificates for missing completions). Assignments and progress records are written into the
 * signed-in person's authority. What managers and administrators see of other people's training status is decided by
 * {@code visibility.VisibilityRules} on the team pages, which pass the authority they got from {@code team}'s access
 * class. Anything outside these rules is reported as not found.
 */
@Component
class LearningAccess {

    private final ModuleStore modules;
    private final LearningProgressRepository progresses;
    private final CurrentUser currentUser;

    LearningAccess(ModuleStore modules, LearningProgressRepository progresses, CurrentUser currentUser) {
        this.modules = modules;
        this.progresses = progresses;
        this.currentUser = currentUser;
    }

    /** A module the signed-in person may start: published, and shipped, own or shared; else not found. */
    LearningModule startable(long moduleId) {
        return modules.usable(moduleId);
    }

    /** The signed-in person's own progress records: the rule of their list and of a single record. */
    Specification<LearningProgress> ownProgress() {
        return RecordSpecifications.ownedBy(currentUser.authorityId(), currentUser.require().accountId());
    }

    /** One of the signed-in person's own progress records, or not found. */
    LearningProgress ownProgress(long progressId) {
        return progresses.findOne(ownProgress().and(withId(progressId)))
                .orElseThrow(() -> new RecordNotFoundException("progress", progressId));
    }

    /** A new progress record of the signed-in person, in their authority. */
    LearningProgress newProgress(long moduleId, long moduleVersionId, Instant startedAt) {
        return new LearningProgress(currentUser.authorityId(), currentUser.require().accountId(), moduleId,
                moduleVersionId, startedAt);
    }

    /** Completions of a module by these people, within the caller's authority, by person and time. */
    List<LearningProgress> completions(long moduleId, Collection<Long> employeeIds) {
        long authorityId = currentUser.authorityId();
        Specification<LearningProgress> completed = (root, query, cb) -> cb.and(
                cb.equal(root.get("authorityId"), authorityId), cb.equal(root.get("moduleId"), moduleId),
                root.get("employeeId").in(employeeIds), cb.isNotNull(root.get("completedAt")));
        return progresses.findAll(completed, Sort.by("employeeId", "completedAt"));
    }

    /**
     * The authority new assignments of the signed-in person belong to, and the one their own assignments are looked
     * up in; whom they may assign to is the people feature's rule ({@code ManagedStaff}, {@code TeamService}).
     */
    long ownAuthority() {
        return currentUser.authorityId();
    }
}
