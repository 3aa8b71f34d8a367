package de.willkommensakademie.learning;

import java.util.Set;

/**
 * A person's place in one module: the content of the version they learn, which lessons are done, where to go on.
 * {@code progressId} is null in a trainer's preview, which records nothing.
 */
public record PlayerState(Long progressId, long moduleId, int versionNumber, ModuleContent content,
        Set<Integer> doneLessons, int currentLesson, boolean completed) {
}
