/**
 * Branching role-play scenarios: a client at the counter, choice points, endings, competence scores and scenario
 * variables with conditions. This package holds the engine (conditions, validation, playing, best path, Twee 3
 * interop); storage, player and editor screens follow.
 */
package de.willkommensakademie.scenario;
