/**
 * Certificates per employee: issued on completion of modules and role-plays or by hand for external training,
 * archived as PDF/A-3a and PDF/UA-1 documents, verifiable by code, expiring with reminders.
 */
package de.willkommensakademie.certificate;
