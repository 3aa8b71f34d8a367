package de.willkommensakademie.assessment;

import java.util.Objects;

import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code assessment_action_assignment}: the record an action keeps of what it assigned. */
@Embeddable
class AssignedByAction {

    @Enumerated(EnumType.STRING)
    @Column(name = "content_kind", length = 10)
    private AssignedKind contentKind;

    @Column(name = "content_key", length = 80)
    private String contentKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 10)
    private AssignmentTarget targetKind;

    @Column(name = "target_id")
    private long targetId;

    protected AssignedByAction() {
    }

    AssignedByAction(ActionAssignment assignment) {
        this.contentKind = assignment.kind();
        this.contentKey = assignment.contentKey();
        this.targetKind = assignment.target();
        this.targetId = assignment.targetId();
    }

    ActionAssignment toRecord() {
        return new ActionAssignment(contentKind, contentKey, targetKind, targetId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssignedByAction that && contentKind == that.contentKind
                && Objects.equals(contentKey, that.contentKey) && targetKind == that.targetKind
                && targetId == that.targetId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentKind, contentKey, targetKind, targetId);
    }
}
