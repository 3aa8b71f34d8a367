package de.willkommensakademie.privacy;

/** The fetched ZIP; after it was handed out once it is gone. */
public record ExportDownload(String fileName, byte[] content) {
}
