package de.willkommensakademie.certificate;

import java.time.LocalDate;

/**
 * Everything printed on one certificate, already in the holder's language: the words come translated, the dates and
 * numbers formatted. {@code logo} is PNG or JPEG bytes or null.
 */
record CertificateLayout(String language, String documentTitle, String heading, String holderName,
        String completedText, String title, String description, String detailsLine, String validityLine,
        String numberLine, String verifyText, String verifyUrl, String authorityName, String signerName,
        String signerRole, String accentHex, byte[] logo, String logoAlt, String qrAlt, LocalDate issuedOn) {
}
