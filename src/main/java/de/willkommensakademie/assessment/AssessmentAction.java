package de.willkommensakademie.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.learning.Cornerstone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * One action of the action plan: created from a round's results, it addresses statements of that round's
 * questionnaire, has an owner and a due date, and may have assigned training in the same step. The owner and the
 * creator are employee ids; both become null when that person is erased (the action stays the authority's).
 */
@Entity
@Table(name = "assessment_action")
@SequenceGenerator(sequenceName = "assessment_action_seq", allocationSize = 50)
class AssessmentAction extends AbstractEntity {

    private long authorityId;

    private long roundId;

    @Column(length = ActionLimits.TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    private Cornerstone cornerstone;

    private Long ownerId;

    private Long teamId;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(length = ActionLimits.NOTE)
    private String note;

    private Long createdBy;

    private Instant createdAt;

    // one extra query per page of actions, not one per row
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_action_statement", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "statement_key", length = 80)
    @BatchSize(size = 100)
    private Set<String> statementKeys = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_action_assignment", joinColumns = @JoinColumn(name = "action_id"))
    @BatchSize(size = 100)
    private Set<AssignedByAction> assigned = new LinkedHashSet<>();

    protected AssessmentAction() {
    }

    AssessmentAction(long authorityId, long roundId, String title, Cornerstone cornerstone,
            Collection<String> statementKeys, long ownerId, Long teamId, LocalDate dueOn, String note, long createdBy,
            Instant createdAt) {
        this.authorityId = authorityId;
        this.roundId = roundId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(title, cornerstone, statementKeys, ownerId, teamId, dueOn, note);
    }

    /** Everything but status, round and creator; a finished or dropped action is not edited any more. */
    void change(String title, Cornerstone cornerstone, Collection<String> statementKeys, long ownerId, Long teamId,
            LocalDate dueOn, String note) {
        this.title = title.strip();
        this.cornerstone = cornerstone;
        this.statementKeys = new TreeSet<>(statementKeys);
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.dueOn = dueOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A new status; the same one again means the screen was outdated, and is refused. */
    void changeStatus(ActionStatus newStatus) {
        if (status == newStatus) {
            throw new DomainException("assessment.action.error.same-status");
        }
        status = newStatus;
    }

    void recordAssigned(List<ActionAssignment> assignments) {
        assignments.forEach(assignment -> assigned.add(new AssignedByAction(assignment)));
    }

    long authorityId() {
        return authorityId;
    }

    long roundId() {
        return roundId;
    }

    String title() {
        return title;
    }

    Cornerstone cornerstone() {
        return cornerstone;
    }

    Long ownerId() {
        return ownerId;
    }

    Long teamId() {
        return teamId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ActionStatus status() {
        return status;
    }

    String note() {
        return note;
    }

    Long createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<String> statementKeys() {
        return Set.copyOf(statementKeys);
    }

    List<ActionAssignment> assigned() {
        return assigned.stream().map(AssignedByAction::toRecord).toList();
    }
}
