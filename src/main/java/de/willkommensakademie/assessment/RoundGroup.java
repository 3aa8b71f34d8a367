package de.willkommensakademie.assessment;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;

/** A group a round counts answers for: the whole round ({@link GroupKind#ALL}, id 0), a team or a job role. */
record RoundGroup(GroupKind kind, long id) {

    static final RoundGroup ALL = new RoundGroup(GroupKind.ALL, 0);
}
