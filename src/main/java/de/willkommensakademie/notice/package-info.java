/**
 * In-app notices ("your certificate expires soon", later onboarding reminders): a bell with the unread count for
 * everyone, each notice translated when shown and linking to what it is about.
 */
package de.willkommensakademie.notice;
