package de.willkommensakademie.base.privacy;

/** A stored file that belongs in a person's export (a certificate PDF, an evidence document), by its path in the ZIP. */
public record ExportFile(String path, byte[] content) {
}
