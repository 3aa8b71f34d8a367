package de.willkommensakademie.certificate;

/** A certificate's PDF with a file name for the download. */
public record CertificateFile(String fileName, byte[] pdf) {
}
