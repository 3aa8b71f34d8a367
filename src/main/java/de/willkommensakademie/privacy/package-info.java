/**
 * Data protection across features: retention settings per authority and record type, the daily retention job with
 * its confirmation list, and erasure on request. Features say how their records go through
 * {@link de.willkommensakademie.base.privacy.PersonalDataRetention}; this package decides when.
 */
package de.willkommensakademie.privacy;
