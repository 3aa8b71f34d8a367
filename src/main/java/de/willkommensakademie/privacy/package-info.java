/**
 * Data protection (issue 14). Retention settings per authority and record type, the daily retention job with
 * its confirmation list, and erasure on request: features say how their records go through
 * {@link de.willkommensakademie.base.privacy.PersonalDataRetention}; this package decides when. And the pages every
 * public body must have: the privacy notice and the accessibility statement per authority, readable without
 * signing in, and the accessibility feedback with its one-month answer deadline.
 */
package de.willkommensakademie.privacy;
