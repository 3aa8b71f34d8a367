/**
 * The office's self-assessment (Standortbestimmung) against the five cornerstones of a Willkommensbehörde: anonymous
 * rounds, results per statement and cornerstone, change between rounds and an action plan (issue 16; being built).
 */
package de.willkommensakademie.assessment;
