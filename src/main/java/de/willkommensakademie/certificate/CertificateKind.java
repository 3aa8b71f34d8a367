package de.willkommensakademie.certificate;

/** What a certificate is for: a learning module, a role-play, training outside the platform, or a language course. */
public enum CertificateKind {
    MODULE, SCENARIO, EXTERNAL, LANGUAGE_COURSE
}
