package de.willkommensakademie.assessment;

import java.time.LocalDate;

/** A running round the signed-in person was asked in and has not answered yet. */
public record OpenRound(long roundId, String title, LocalDate endsOn, boolean draftSaved) {
}
