package de.willkommensakademie.language;

/**
 * How a person stands against one target: the level they have for it (null if none) and whether it counts only
 * when verified.
 */
public record Gap(Target target, Cefr current, boolean met) {
}
