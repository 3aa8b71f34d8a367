package de.willkommensakademie.certificate;

/** What a certificate is for: a learning module, a role-play, or training outside the platform. */
public enum CertificateKind {
    MODULE, SCENARIO, EXTERNAL
}
