package de.willkommensakademie.assessment;

import java.time.LocalDate;

/** A round to create actions from, as a choice in a form. */
public record RoundOption(long id, String title, LocalDate startsOn, LocalDate endsOn) {
}
