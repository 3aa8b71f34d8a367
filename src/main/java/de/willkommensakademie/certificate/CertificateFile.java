package de.willkommensakademie.certificate;

/** A certificate as a file to download: the archived PDF or its Open Badge. */
public record CertificateFile(String fileName, byte[] content) {
}
