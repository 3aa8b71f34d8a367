/**
 * Data protection (issue 14) across the features. The contracts live in {@code base.privacy}, so every feature can
 * fulfil them without depending on this package, and each feature implements them once: {@code <Feature>PersonalData}
 * for the export ({@link de.willkommensakademie.base.privacy.PersonalDataExport}), {@code <Feature>Retention} for
 * deletion ({@link de.willkommensakademie.base.privacy.PersonalDataRetention}). This package decides when and for
 * whom: a person's export (Art. 15 and 20) built from every feature's part and offered for download once, retention
 * settings per authority and record type, the daily retention job with its confirmation list, and erasure on request.
 * And the pages every public body must have: the privacy notice and the accessibility statement per authority,
 * readable without signing in, and the accessibility feedback with its one-month answer deadline.
 */
package de.willkommensakademie.privacy;
