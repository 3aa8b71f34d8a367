package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What starting a round asks for: the questionnaire version (one of {@code Questionnaires.forRounds()}), a title,
 * whom to ask (the whole authority, or teams and job roles), the first and last day for answers, and optionally the
 * day on which those who have not answered get one reminder.
 */
public record RoundForm(Long questionnaireVersionId, String title, boolean wholeAuthority, Set<Long> teamIds,
        Set<Long> jobRoleIds, LocalDate startsOn, LocalDate endsOn, LocalDate reminderOn) {

    /** The longest title, as the column holds it. */
    public static final int TITLE_LENGTH = 200;

    public RoundForm {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        jobRoleIds = jobRoleIds == null ? Set.of() : Set.copyOf(jobRoleIds);
    }
}
