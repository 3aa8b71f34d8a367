/**
 * The staff language register: CEFR levels per person and language with evidence, and the opt-in language pool
 * ("who can help in Arabic now"). Courses, job-role targets and the manager's coverage view build on it.
 */
package de.willkommensakademie.language;
