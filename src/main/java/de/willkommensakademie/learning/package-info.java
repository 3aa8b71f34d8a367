/**
 * Intercultural-competence learning modules: content with versions, the shipped library, assignments, the learner's
 * progress and quizzes. Other features learn about completions only through {@link ModuleCompleted} events.
 */
package de.willkommensakademie.learning;
