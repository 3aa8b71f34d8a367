package de.willkommensakademie.audit;

/** What someone other than the person did with the person's records. Names are stored; never rename one. */
public enum AccessKind {
    PERSON_PAGE_VIEWED,
    EXPORTED,
    REMINDED,
    ONBOARDING_VIEWED,
    LANGUAGE_RECORDS_VIEWED,
    EVIDENCE_DOWNLOADED,
    CERTIFICATE_DOWNLOADED,
    LANGUAGE_COURSES_EXPORTED,
    PERSONAL_DATA_EXPORTED
}
