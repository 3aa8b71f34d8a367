/**
 * Authorities, teams, job roles and employees (who are also the user accounts), with login lockout, the admin
 * screens, CSV import and the demo data. Everything another feature needs leaves through the public services and
 * records in this package; entities and repositories stay inside.
 */
package de.willkommensakademie.people;
