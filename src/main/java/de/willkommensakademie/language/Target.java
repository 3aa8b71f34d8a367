package de.willkommensakademie.language;

/** A target as shown and compared: job role, language, optional skill, level. */
public record Target(Long id, String jobRoleCode, String language, Skill skill, Cefr level) {
}
