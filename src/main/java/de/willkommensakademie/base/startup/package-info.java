/**
 * Where start-up time goes: Spring's start-up steps, recorded only when asked for (README, performance, start-up).
 */
package de.willkommensakademie.base.startup;
