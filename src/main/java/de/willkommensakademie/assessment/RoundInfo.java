package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as screens and the results and action plan see it. {@code audience} is empty when the round asks the whole
 * authority; {@code asked} and {@code respondents} count the whole round (that someone answered, never what).
 */
public record RoundInfo(long id, long version, long authorityId, long questionnaireVersionId, String title,
        LocalDate startsOn, LocalDate endsOn, LocalDate reminderOn, boolean wholeAuthority, List<RoundTarget> audience,
        int asked, int respondents, RoundStatus status, Long startedById) {

    public RoundInfo {
        audience = List.copyOf(audience);
    }
}
