package de.willkommensakademie.base.content;

/** A checked file that belongs to content (an image, a video), identified by its content hash. */
public record MediaFile(String id, String contentType, byte[] data) {
}
