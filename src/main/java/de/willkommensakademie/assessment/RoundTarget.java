package de.willkommensakademie.assessment;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A team or job role a round asks when it does not ask the whole authority. */
@Embeddable
public record RoundTarget(@Enumerated(EnumType.STRING) @Column(name = "kind") GroupKind kind,
        @Column(name = "target_id") long targetId) {

    public RoundTarget {
        if (kind == GroupKind.ALL) {
            throw new IllegalArgumentException("The whole authority is no audience target");
        }
    }

    public static RoundTarget team(long teamId) {
        return new RoundTarget(GroupKind.TEAM, teamId);
    }

    public static RoundTarget jobRole(long jobRoleId) {
        return new RoundTarget(GroupKind.JOB_ROLE, jobRoleId);
    }
}
