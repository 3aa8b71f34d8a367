package de.willkommensakademie.language;

import de.willkommensakademie.visibility.PeopleCount;

/**
 * How many people of a manager's teams do not reach one language target of their job role (verified levels only),
 * without names: what managers see of gaps where the preset shows language levels only as counts.
 */
public record GapCount(String language, Skill skill, Cefr level, PeopleCount people) {
}
