package de.willkommensakademie.privacy;

/** A public page's text for one authority, Markdown with its placeholders filled; the page renders it safely. */
public record PublicText(PublicAuthority authority, String markdown) {
}
